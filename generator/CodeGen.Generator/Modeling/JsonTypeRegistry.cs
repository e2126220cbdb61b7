using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Modeling;

/// <summary>Collects every type the generated JSON context must describe, each under a unique property name.</summary>
internal sealed class JsonTypeRegistry
{
    // Each built-in type's context property and its converter among System.Text.Json's JsonMetadataServices.
    private static readonly Dictionary<TypeRefKind, (string Name, string Converter)> BuiltIns = new()
    {
        [TypeRefKind.String] = ("String", "StringConverter"),
        [TypeRefKind.Boolean] = ("Boolean", "BooleanConverter"),
        [TypeRefKind.Int32] = ("Int32", "Int32Converter"),
        [TypeRefKind.Int64] = ("Int64", "Int64Converter"),
        [TypeRefKind.Single] = ("Single", "SingleConverter"),
        [TypeRefKind.Double] = ("Double", "DoubleConverter"),
        [TypeRefKind.Decimal] = ("Decimal", "DecimalConverter"),
        [TypeRefKind.Bytes] = ("ByteArray", "ByteArrayConverter"),
        [TypeRefKind.DateTimeOffset] = ("DateTimeOffset", "DateTimeOffsetConverter"),
        [TypeRefKind.DateOnly] = ("DateOnly", "DateOnlyConverter"),
        [TypeRefKind.TimeOnly] = ("TimeOnly", "TimeOnlyConverter"),
        [TypeRefKind.TimeSpan] = ("TimeSpan", "TimeSpanConverter"),
        [TypeRefKind.Guid] = ("Guid", "GuidConverter"),
        [TypeRefKind.Uri] = ("Uri", "UriConverter"),
        [TypeRefKind.JsonElement] = ("JsonElement", "JsonElementConverter"),
    };

    // Members a JsonSerializerContext already has; a type property must not hide them.
    private readonly NameScope _names = new("Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize");

    // Keyed by the type as the context serializes it (a reference type's nullability is none of its own), so two
    // references to one type share one entry.
    private readonly Dictionary<TypeRef, JsonTypeModel> _types = new();

    public EquatableArray<JsonTypeModel> ToArray() =>
        _types.Values.OrderBy(type => type.PropertyName, System.StringComparer.Ordinal).ToEquatableArray();

    /// <summary>Registers a built-in type (and its nullable form, for a value type) and returns its context property name.</summary>
    public string Value(TypeRef type, bool nullable)
    {
        var builtIn = BuiltIns[type.Kind];
        var plain = type.WithNullable(false);
        var property = Register(plain, builtIn.Name, JsonTypeKind.Value, builtIn.Converter);
        return nullable ? Register(plain.WithNullable(true), "Nullable" + builtIn.Name, JsonTypeKind.NullableValue, null) : property;
    }

    public static bool IsBuiltIn(TypeRef type) => BuiltIns.ContainsKey(type.Kind);

    public string Object(TypeRef type) => Register(type.WithNullable(false), type.Name, JsonTypeKind.Object, null);

    /// <summary>
    /// A type of the user's that a schema is mapped to: the generator cannot see its members, so its metadata is the
    /// converter its <c>[JsonConverter]</c> attribute names, found by the runtime without reflecting over members.
    /// </summary>
    /// <remarks>
    /// Its member is named after the whole namespace-qualified name (<c>MyAppOtherOrder</c>): the short name may be a
    /// generated model's, and whichever registers first would take it, so adding a mapping would rename a member
    /// the project already uses.
    /// </remarks>
    /// <param name="nullable">Whether the use is <c>T?</c> of a struct.</param>
    public string Mapped(TypeRef type, bool nullable)
    {
        var qualifiedName = type.QualifiedName.Replace(".", string.Empty);
        var plain = type.WithNullable(false);
        var property = Register(plain, qualifiedName, JsonTypeKind.Value, null);
        return nullable ? Register(plain.WithNullable(true), "Nullable" + qualifiedName, JsonTypeKind.NullableValue, null) : property;
    }

    /// <summary>A generated class with its own <c>JsonValueConverter</c> (a union).</summary>
    public string Converted(TypeRef type) => Register(type.WithNullable(false), type.Name, JsonTypeKind.Enum, null);

    public string Enum(TypeRef type, bool nullable)
    {
        var plain = type.WithNullable(false);
        var property = Register(plain, type.Name, JsonTypeKind.Enum, null);
        return nullable ? Register(plain.WithNullable(true), "Nullable" + type.Name, JsonTypeKind.NullableValue, null) : property;
    }

    /// <param name="list">The list type; its element is registered already.</param>
    public string List(TypeRef list) =>
        Register(list, "ListOf" + PropertyOf(list.Element!), JsonTypeKind.List, null);

    /// <param name="dictionary">The dictionary type; its value type is registered already.</param>
    public string Dictionary(TypeRef dictionary) =>
        Register(dictionary, "DictionaryOf" + PropertyOf(dictionary.Element!), JsonTypeKind.Dictionary, null);

    /// <summary>The context property of an already registered type.</summary>
    public string PropertyOf(TypeRef type) => _types[Key(type)].PropertyName;

    public bool Contains(TypeRef type) => _types.ContainsKey(Key(type));

    /// <summary>An already registered type, or null.</summary>
    public JsonTypeModel? Find(TypeRef type) => _types.TryGetValue(Key(type), out var found) ? found : null;

    /// <summary>The type the context serializes a use as: a reference type's nullability is no type of its own.</summary>
    private static TypeRef Key(TypeRef type) => type.WithNullable(type.IsNullable && type.IsValueType);

    private string Register(TypeRef type, string desiredProperty, JsonTypeKind kind, string? converter)
    {
        var key = Key(type);
        if (_types.TryGetValue(key, out var existing))
        {
            return existing.PropertyName;
        }

        var property = _names.Take(desiredProperty);
        _types.Add(key, new JsonTypeModel(type.WithNullable(type.IsNullable && type.IsValueType), property, kind, converter));
        return property;
    }
}
