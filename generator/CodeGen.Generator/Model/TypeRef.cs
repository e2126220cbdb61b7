namespace CodeGen.Generator.Model;

/// <summary>What a type reference stands for: a well-known type, a type declared from the spec, a project's type, or a collection.</summary>
internal enum TypeRefKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Single,
    Double,
    Decimal,

    /// <summary>Binary content, as a byte array.</summary>
    Bytes,
    DateTimeOffset,
    DateOnly,
    TimeOnly,
    TimeSpan,
    Guid,
    Uri,

    /// <summary>A value of any JSON shape.</summary>
    JsonElement,

    /// <summary>A request body sent as it is read.</summary>
    Stream,

    /// <summary>A response body handed over while it arrives.</summary>
    ResponseStream,

    /// <summary>A class, enum or union declared from the spec, in the client's namespace.</summary>
    Generated,

    /// <summary>A type of the project's that a schema is mapped to.</summary>
    Mapped,

    /// <summary>A list of <see cref="TypeRef.Element"/>.</summary>
    List,

    /// <summary>A map from string to <see cref="TypeRef.Element"/>.</summary>
    Map,
}

/// <summary>A type as the model uses it, kept as its parts: the emit stage alone spells it in C#.</summary>
/// <param name="Name">For generated and mapped types: the type's own name, without its namespace; otherwise empty.</param>
/// <param name="Namespace">For generated and mapped types: the namespace declaring it, or null for the global namespace.</param>
/// <param name="Element">For lists and maps: the type of their elements (map values).</param>
/// <param name="IsValueType">Whether a nullable use needs <c>Nullable&lt;T&gt;</c>.</param>
/// <param name="IsNullable">Whether this use may hold no value (<c>T?</c>).</param>
internal sealed record TypeRef(TypeRefKind Kind, string Name, string? Namespace, TypeRef? Element, bool IsValueType, bool IsNullable)
{
    /// <summary>A well-known type of <paramref name="kind"/>.</summary>
    public static TypeRef Of(TypeRefKind kind) => new(kind, string.Empty, null, null, IsValueTypeKind(kind), false);

    /// <summary>A class, enum or union declared in <paramref name="namespace"/>.</summary>
    public static TypeRef Generated(string @namespace, string name, bool isValueType) => new(TypeRefKind.Generated, name, @namespace, null, isValueType, false);

    /// <summary>A project's type named <paramref name="qualifiedName"/> (namespace and name, without <c>global::</c>).</summary>
    public static TypeRef Mapped(string qualifiedName, bool isValueType)
    {
        var dot = qualifiedName.LastIndexOf('.');
        return dot < 0
            ? new(TypeRefKind.Mapped, qualifiedName, null, null, isValueType, false)
            : new(TypeRefKind.Mapped, qualifiedName.Substring(dot + 1), qualifiedName.Substring(0, dot), null, isValueType, false);
    }

    public static TypeRef ListOf(TypeRef element) => new(TypeRefKind.List, string.Empty, null, element, false, false);

    public static TypeRef MapOf(TypeRef value) => new(TypeRefKind.Map, string.Empty, null, value, false, false);

    /// <summary>Whether this is a generated or mapped type: one with a name of its own.</summary>
    public bool IsNamed => Kind is TypeRefKind.Generated or TypeRefKind.Mapped;

    /// <summary>Whether it is a list.</summary>
    public bool IsList => Kind == TypeRefKind.List;

    /// <summary>The namespace and name, dot-separated, of a generated or mapped type.</summary>
    public string QualifiedName => Namespace is null ? Name : Namespace + "." + Name;

    public TypeRef WithNullable(bool nullable) => IsNullable == nullable ? this : this with { IsNullable = nullable };

    private static bool IsValueTypeKind(TypeRefKind kind) => kind switch
    {
        TypeRefKind.String or TypeRefKind.Bytes or TypeRefKind.Uri or TypeRefKind.Stream or TypeRefKind.ResponseStream => false,
        TypeRefKind.Generated or TypeRefKind.Mapped or TypeRefKind.List or TypeRefKind.Map => false,
        _ => true,
    };
}
