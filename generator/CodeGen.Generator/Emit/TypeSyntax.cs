using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>Spells a <see cref="TypeRef"/> in C#: fully qualified, so no name of the spec's can shadow it.</summary>
internal static class TypeSyntax
{
    /// <summary>The type as declared: <c>T?</c> when the use may hold no value.</summary>
    /// <param name="localNamespace">
    /// The namespace the code is in, whose types are named without it: only where a simple name cannot bind to a
    /// member (a type argument, <c>typeof</c>, <c>new</c>), since lookup finds the namespace's types before any outer
    /// namespace's. Null names every type in full.
    /// </param>
    public static string Of(TypeRef type, string? localNamespace = null) => type.IsNullable ? Name(type, localNamespace) + "?" : Name(type, localNamespace);

    /// <summary>The type whose JSON metadata serializes the use: <c>T?</c> only for a nullable value type.</summary>
    public static string Json(TypeRef type, string? localNamespace = null) =>
        type.IsNullable && type.IsValueType ? Name(type, localNamespace) + "?" : Name(type, localNamespace);

    /// <summary>The type without a nullable annotation.</summary>
    public static string Name(TypeRef type, string? localNamespace = null) => type.Kind switch
    {
        TypeRefKind.String => "string",
        TypeRefKind.Boolean => "bool",
        TypeRefKind.Int32 => "int",
        TypeRefKind.Int64 => "long",
        TypeRefKind.Single => "float",
        TypeRefKind.Double => "double",
        TypeRefKind.Decimal => "decimal",
        TypeRefKind.Bytes => "byte[]",
        TypeRefKind.DateTimeOffset => "global::System.DateTimeOffset",
        TypeRefKind.DateOnly => "global::System.DateOnly",
        TypeRefKind.TimeOnly => "global::System.TimeOnly",
        TypeRefKind.TimeSpan => "global::System.TimeSpan",
        TypeRefKind.Guid => "global::System.Guid",
        TypeRefKind.Uri => "global::System.Uri",
        TypeRefKind.JsonElement => "global::System.Text.Json.JsonElement",
        TypeRefKind.Stream => "global::System.IO.Stream",
        TypeRefKind.ResponseStream => "global::CodeGen.Runtime.Http.ResponseStream",
        TypeRefKind.List => "global::System.Collections.Generic.List<" + Of(type.Element!, localNamespace) + ">",
        TypeRefKind.Map => "global::System.Collections.Generic.Dictionary<string, " + Of(type.Element!, localNamespace) + ">",
        TypeRefKind.Generated when type.Namespace is not null && type.Namespace == localNamespace => type.Name,
        _ => "global::" + type.QualifiedName,
    };
}
