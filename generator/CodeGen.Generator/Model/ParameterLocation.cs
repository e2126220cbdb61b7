namespace CodeGen.Generator.Model;

/// <summary>Where a parameter's value travels in the request (OpenAPI's <c>in</c>).</summary>
internal enum ParameterLocation
{
    Path,
    Query,
    Header,
    Cookie,
}
