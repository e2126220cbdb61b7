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
        json.Value(use.Type, nullable: false);
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
        json.List(list.Type);
        return list;
    }

    public TypeUse DictionaryOf(TypeUse value)
    {
        // System.Text.Json asks for the key type's metadata too.
        JsonProperty(Primitive(TypeRefKind.String), optional: false);
        JsonProperty(value, optional: false);
        var map = new TypeUse(TypeRef.MapOf(value.Declared(optional: false)));
        json.Dictionary(map.Type);
        return map;
    }

    /// <summary>The JSON metadata of a list type a generated property uses, or null when the type is no list.</summary>
    public JsonTypeModel? ListType(TypeRef type) => json.Find(type) is { Kind: JsonTypeKind.List } list ? list : null;

    /// <summary>The JSON context property that serializes <paramref name="use"/>, registering nullable forms on demand.</summary>
    public string JsonProperty(TypeUse use, bool optional)
    {
        var declaredType = use.Declared(optional);
        if (json.Contains(declaredType))
        {
            return json.PropertyOf(declaredType);
        }

        var nullableValue = declaredType.IsNullable && declaredType.IsValueType;
        var type = use.Type.WithNullable(false);
        if (JsonTypeRegistry.IsBuiltIn(type))
        {
            return json.Value(type, nullableValue);
        }

        // A component declared later registers its metadata here, where it is first used.
        switch (declared.KindOf(use.Type))
        {
            case DeclaredKind.Object:
                return json.Object(type);
            case DeclaredKind.Union:
                return json.Converted(type);
            case DeclaredKind.Mapped:
                return json.Mapped(type, nullableValue);
            default:
                // A generated enum struct, used as T? when optional.
                var property = json.Enum(type, nullable: false);
                return nullableValue ? json.Enum(type, nullable: true) : property;
        }
    }
}
