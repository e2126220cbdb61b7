using System;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Uses of built-in C# types (primitives, <c>JsonElement</c>, lists, dictionaries), and the JSON context property that
/// serializes any use: each type the generated code serializes is registered with the JSON context as it is first used.
/// </summary>
internal sealed class TypeUses(JsonTypeRegistry json, DeclaredTypes declared)
{
    public const string JsonElement = "global::System.Text.Json.JsonElement";
    public const string ListPrefix = "global::System.Collections.Generic.List<";
    public const string DictionaryPrefix = "global::System.Collections.Generic.Dictionary<";

    /// <summary>A value of any JSON shape.</summary>
    public TypeUse Untyped() => Primitive(JsonElement, isValueType: true);

    public TypeUse Primitive(string typeName) => Primitive(typeName, typeName is not "string" and not "byte[]");

    public TypeUse Primitive(string typeName, bool isValueType)
    {
        json.Value(typeName, nullable: false);
        return new TypeUse(typeName, isValueType, IsNullable: false);
    }

    /// <summary>The type of a string schema of <paramref name="format"/>.</summary>
    public TypeUse String(string? format) => format switch
    {
        "date-time" => Primitive("global::System.DateTimeOffset", isValueType: true),
        "date" => Primitive("global::System.DateOnly", isValueType: true),
        "uuid" => Primitive("global::System.Guid", isValueType: true),
        "byte" or "binary" => Primitive("byte[]", isValueType: false),
        "uri" => Primitive("global::System.Uri", isValueType: false),
        _ => Primitive("string", isValueType: false),
    };

    public TypeUse ListOf(TypeUse element)
    {
        JsonProperty(element, optional: false);
        var listType = ListPrefix + element.Declare(optional: false) + ">";
        json.List(listType, element.JsonType(optional: false), element.Declare(optional: false));
        return new TypeUse(listType, IsValueType: false, IsNullable: false, IsCollection: true);
    }

    public TypeUse DictionaryOf(TypeUse value)
    {
        // System.Text.Json asks for the key type's metadata too.
        JsonProperty(Primitive("string"), optional: false);
        JsonProperty(value, optional: false);
        var dictionaryType = DictionaryPrefix + "string, " + value.Declare(optional: false) + ">";
        json.Dictionary(dictionaryType, value.JsonType(optional: false), value.Declare(optional: false));
        return new TypeUse(dictionaryType, IsValueType: false, IsNullable: false);
    }

    /// <summary>The JSON metadata of a list type a generated property uses, or null when the type is no list.</summary>
    public JsonTypeModel? ListType(string typeName) => json.Find(typeName) is { Kind: JsonTypeKind.List } list ? list : null;

    /// <summary>The JSON context property that serializes <paramref name="use"/>, registering nullable forms on demand.</summary>
    public string JsonProperty(TypeUse use, bool optional)
    {
        var jsonType = use.JsonType(optional);
        if (json.Contains(jsonType))
        {
            return json.PropertyOf(jsonType);
        }

        if (JsonTypeRegistry.IsBuiltIn(use.TypeName))
        {
            return json.Value(use.TypeName, jsonType.EndsWith("?", StringComparison.Ordinal));
        }

        // A component declared later registers its metadata here, where it is first used.
        var shortName = use.TypeName.Substring(use.TypeName.LastIndexOf('.') + 1);
        switch (declared.KindOf(use.TypeName))
        {
            case DeclaredKind.Object:
                return json.Object(use.TypeName, shortName);
            case DeclaredKind.Union:
                return json.Converted(use.TypeName, shortName);
            case DeclaredKind.Mapped:
                return json.Mapped(use.TypeName, jsonType.EndsWith("?", StringComparison.Ordinal));
            default:
                // A generated enum struct, used as T? when optional.
                var property = json.Enum(use.TypeName, shortName, nullable: false);
                return jsonType.EndsWith("?", StringComparison.Ordinal) ? json.Enum(use.TypeName, shortName, nullable: true) : property;
        }
    }
}
