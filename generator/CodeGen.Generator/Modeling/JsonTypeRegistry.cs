using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Modeling;

/// <summary>Collects every type the generated JSON context must describe, each under a unique property name.</summary>
internal sealed class JsonTypeRegistry
{
    // Each built-in type's context property and its converter among System.Text.Json's JsonMetadataServices.
    private static readonly Dictionary<string, (string Name, string Converter)> BuiltIns = new(System.StringComparer.Ordinal)
    {
        ["string"] = ("String", "StringConverter"),
        ["bool"] = ("Boolean", "BooleanConverter"),
        ["int"] = ("Int32", "Int32Converter"),
        ["long"] = ("Int64", "Int64Converter"),
        ["float"] = ("Single", "SingleConverter"),
        ["double"] = ("Double", "DoubleConverter"),
        ["decimal"] = ("Decimal", "DecimalConverter"),
        ["byte[]"] = ("ByteArray", "ByteArrayConverter"),
        ["global::System.DateTimeOffset"] = ("DateTimeOffset", "DateTimeOffsetConverter"),
        ["global::System.DateOnly"] = ("DateOnly", "DateOnlyConverter"),
        ["global::System.TimeOnly"] = ("TimeOnly", "TimeOnlyConverter"),
        ["global::System.TimeSpan"] = ("TimeSpan", "TimeSpanConverter"),
        ["global::System.Guid"] = ("Guid", "GuidConverter"),
        ["global::System.Uri"] = ("Uri", "UriConverter"),
        ["global::System.Text.Json.JsonElement"] = ("JsonElement", "JsonElementConverter"),
    };

    // Members a JsonSerializerContext already has; a type property must not hide them.
    private readonly NameScope _names = new("Default", "Options", "GetTypeInfo", "GeneratedSerializerOptions", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize");
    private readonly Dictionary<string, JsonTypeModel> _types = new(System.StringComparer.Ordinal);

    public EquatableArray<JsonTypeModel> ToArray() =>
        _types.Values.OrderBy(type => type.PropertyName, System.StringComparer.Ordinal).ToEquatableArray();

    /// <summary>Registers a built-in value type (and its nullable form) and returns its context property name.</summary>
    public string Value(string typeName, bool nullable)
    {
        var builtIn = BuiltIns[typeName];
        var property = Register(typeName, builtIn.Name, JsonTypeKind.Value, null, builtIn.Converter);
        return nullable ? Register(typeName + "?", "Nullable" + builtIn.Name, JsonTypeKind.NullableValue, typeName, null) : property;
    }

    public static bool IsBuiltIn(string typeName) => BuiltIns.ContainsKey(typeName);

    public string Object(string typeName, string shortName) => Register(typeName, shortName, JsonTypeKind.Object, null, null);

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
    public string Mapped(string typeName, bool nullable)
    {
        var qualifiedName = typeName.Substring("global::".Length).Replace(".", string.Empty);
        var property = Register(typeName, qualifiedName, JsonTypeKind.Value, null, null);
        return nullable ? Register(typeName + "?", "Nullable" + qualifiedName, JsonTypeKind.NullableValue, typeName, null) : property;
    }

    /// <summary>A generated class with its own <c>JsonValueConverter</c> (a union).</summary>
    public string Converted(string typeName, string shortName) => Register(typeName, shortName, JsonTypeKind.Enum, null, null);

    public string Enum(string typeName, string shortName, bool nullable)
    {
        var property = Register(typeName, shortName, JsonTypeKind.Enum, null, null);
        return nullable ? Register(typeName + "?", "Nullable" + shortName, JsonTypeKind.NullableValue, typeName, null) : property;
    }

    /// <param name="listTypeName">The list type.</param>
    /// <param name="elementJsonType">The element's key in this registry.</param>
    /// <param name="elementDeclared">The element type as the list declares it.</param>
    public string List(string listTypeName, string elementJsonType, string elementDeclared) =>
        Register(listTypeName, "ListOf" + PropertyOf(elementJsonType), JsonTypeKind.List, elementJsonType, null, elementDeclared);

    /// <param name="dictionaryTypeName">The dictionary type.</param>
    /// <param name="valueJsonType">The value's key in this registry.</param>
    /// <param name="valueDeclared">The value type as the dictionary declares it.</param>
    public string Dictionary(string dictionaryTypeName, string valueJsonType, string valueDeclared) =>
        Register(dictionaryTypeName, "DictionaryOf" + PropertyOf(valueJsonType), JsonTypeKind.Dictionary, valueJsonType, null, valueDeclared);

    /// <summary>The context property of an already registered type.</summary>
    public string PropertyOf(string typeName) => _types[typeName].PropertyName;

    public bool Contains(string typeName) => _types.ContainsKey(typeName);

    /// <summary>An already registered type, or null.</summary>
    public JsonTypeModel? Find(string typeName) => _types.TryGetValue(typeName, out var type) ? type : null;

    private string Register(string typeName, string desiredProperty, JsonTypeKind kind, string? element, string? converter, string? genericElement = null)
    {
        if (_types.TryGetValue(typeName, out var existing))
        {
            return existing.PropertyName;
        }

        var property = _names.Take(desiredProperty);
        _types.Add(typeName, new JsonTypeModel(typeName, property, kind, element, converter, genericElement));
        return property;
    }
}
