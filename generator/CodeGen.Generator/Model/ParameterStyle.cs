namespace CodeGen.Generator.Model;

/// <summary>How an object- or list-valued parameter is serialized (OpenAPI's <c>style</c>), as far as the runtime distinguishes it.</summary>
internal enum ParameterStyle
{
    Form,
    SpaceDelimited,
    PipeDelimited,
    DeepObject,
}
