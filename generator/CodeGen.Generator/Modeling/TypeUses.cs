using System;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Uses of built-in C# types (primitives, <c>JsonElement</c>, lists, dictionaries), and the JSON context property that
/// serializes any use: each type the generated code serializes is registered with the JSON context as it is first used.
/// </summary>
internal sealed class TypeUses(JsonTypeRegistry json, DeclaredTypes declared)
{
    /// <summary>A value of any JSON shape.</summary>
    public TypeUse Untyped() => Primitive(TypeRefKind.JsonElement);

    /// <summary>A well-known type, registered with the JSON context.</summary>
    public TypeUse Primitive(TypeRefKind kind)
    {
        var use = new TypeUse(TypeRef.Of(kind));
        json.Value(use.TypeName, nullable: false);
        return use;
    }

    /// <summary>The type of a string schema of <paramref name="format"/>.</summary>
    public TypeUse String(string? format) => Primitive(format switch
    {
        "date-time" => TypeRefKind.DateTimeOffset,
        "date" => TypeRefKind.DateOnly,
        "uuid" => TypeRefKind.Guid,
        "byte" or "binary" => TypeRefKind.Bytes,
        "uri" => TypeRefKind.Uri,
        _ => TypeRefKind.String,
    });

    public TypeUse ListOf(TypeUse element)
    {
        JsonProperty(element, optional: false);
        var list = new TypeUse(TypeRef.ListOf(element.Declared(optional: false)));
        json.List(list.TypeName, element.JsonType(optional: false), element.Declare(optional: false));
        return list;
    }

    public TypeUse DictionaryOf(TypeUse value)
    {
        // System.Text.Json asks for the key type's metadata too.
        JsonProperty(Primitive(TypeRefKind.String), optional: false);
        JsonProperty(value, optional: false);
        var map = new TypeUse(TypeRef.MapOf(value.Declared(optional: false)));
        json.Dictionary(map.TypeName, value.JsonType(optional: false), value.Declare(optional: false));
        return map;
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
