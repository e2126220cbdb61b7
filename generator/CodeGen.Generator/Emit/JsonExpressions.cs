using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>The C# the JSON context template describes types with (as <c>json_converter</c>).</summary>
internal static class JsonExpressions
{
    /// <summary>The converter of a <see cref="JsonTypeKind.Value"/> type: System.Text.Json's own, or the one a type of the project's names.</summary>
    public static string JsonConverter(JsonTypeModel type) => type.BuiltInConverter is { } builtIn
        ? "global::System.Text.Json.Serialization.Metadata.JsonMetadataServices." + builtIn
        : "global::CodeGen.Runtime.Json.MappedType.Converter<" + TypeSyntax.Of(type.Type) + ">(options)";
}
