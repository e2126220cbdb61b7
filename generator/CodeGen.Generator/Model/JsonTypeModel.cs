namespace CodeGen.Generator.Model;

/// <summary>How a type reachable from the generated models is described to System.Text.Json.</summary>
internal enum JsonTypeKind
{
    /// <summary>A type serialized by one converter (<see cref="JsonTypeModel.BuiltInConverter"/>): a built-in one, or a mapped user type's own.</summary>
    Value,

    /// <summary><c>T?</c> of a value type; <see cref="JsonTypeModel.ElementType"/> is <c>T</c>.</summary>
    NullableValue,

    /// <summary>A generated class.</summary>
    Object,

    /// <summary>A generated string enum struct with its own converter.</summary>
    Enum,

    /// <summary><c>List&lt;T&gt;</c>.</summary>
    List,

    /// <summary><c>Dictionary&lt;string, T&gt;</c>.</summary>
    Dictionary,
}

/// <summary>One type the generated JSON context answers for.</summary>
/// <param name="Type">The type; nullable only as <c>T?</c> of a value type.</param>
/// <param name="PropertyName">The name of the context property exposing its metadata.</param>
/// <param name="BuiltInConverter">
/// For <see cref="JsonTypeKind.Value"/>: the name of its converter among System.Text.Json's <c>JsonMetadataServices</c>
/// (<c>StringConverter</c>), or null for a type of the project's, read by the converter its own attribute names.
/// </param>
internal sealed record JsonTypeModel(TypeRef Type, string PropertyName, JsonTypeKind Kind, string? BuiltInConverter)
{
    public string KindName => Kind.ToString();

    /// <summary>For nullable values: the value type; for lists and dictionaries: the element type as the collection declares it.</summary>
    public TypeRef? ElementType => Kind == JsonTypeKind.NullableValue ? Type.WithNullable(false) : Type.Element;
}
