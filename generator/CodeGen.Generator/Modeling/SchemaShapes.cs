using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// What a schema is, read from its keywords alone: a class, an enum, a union, an alias or a mere annotation.
/// Nothing here follows a reference or declares a type, so the answers hold wherever the schema is used.
/// </summary>
internal static class SchemaShapes
{
    public static bool IsNullable(IOpenApiSchema schema) => schema.Type is { } type && (type & JsonSchemaType.Null) != 0;

    public static bool IsStringEnum(IOpenApiSchema schema) => ListsStringValues(schema) || OpenEnumPart(schema) is not null;

    /// <summary>Whether a schema has two or more non-null <c>oneOf</c>/<c>anyOf</c> alternatives.</summary>
    public static bool IsUnion(IOpenApiSchema schema) =>
        (schema.OneOf is { Count: > 0 } ? schema.OneOf : schema.AnyOf ?? new List<IOpenApiSchema>())
            .Count(alternative => alternative is OpenApiSchemaReference || alternative.Type != JsonSchemaType.Null) >= 2;

    /// <summary>Whether a component schema is declared as a type of its own rather than standing for another type.</summary>
    public static bool GetsOwnType(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference)
        {
            return false;
        }

        if (IsStringEnum(schema))
        {
            return true;
        }

        if (schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 })
        {
            return IsUnion(schema);
        }

        if (schema.AllOf is { Count: > 1 } || (schema.AllOf is { Count: 1 } && schema.Properties is { Count: > 0 }))
        {
            return true;
        }

        var type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        return (type == JsonSchemaType.Object || type == 0) && schema.Properties is { Count: > 0 };
    }

    /// <summary>
    /// The part listing the documented values of an open enum written as <c>anyOf: [{type: string, enum: [...]}, {type: string}]</c>:
    /// validators then accept any string, as the services send values their documents do not list.
    /// </summary>
    public static IOpenApiSchema? OpenEnumPart(IOpenApiSchema schema)
    {
        var type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        if (schema.AnyOf is not { Count: > 0 } alternatives || schema.OneOf is { Count: > 0 } || (type != 0 && type != JsonSchemaType.String) ||
            schema.Enum is { Count: > 0 } || schema.Properties is { Count: > 0 } || schema.AllOf is { Count: > 0 })
        {
            return null;
        }

        var nonNull = alternatives.Where(alternative => alternative is OpenApiSchemaReference || alternative.Type != JsonSchemaType.Null).ToList();
        if (nonNull.Count != 2 || nonNull.Any(alternative => alternative is OpenApiSchemaReference || ((alternative.Type ?? 0) & ~JsonSchemaType.Null) != JsonSchemaType.String))
        {
            return null;
        }

        var known = nonNull.FirstOrDefault(ListsStringValues);
        var open = nonNull.FirstOrDefault(IsPlainString);
        return known is not null && open is not null && !ReferenceEquals(known, open) ? known : null;
    }

    /// <summary>The index of the one <c>allOf</c> part that has structure, when every other part and the schema itself only annotate it.</summary>
    public static int? SoleStructuralPart(IOpenApiSchema schema)
    {
        if (schema.Properties is { Count: > 0 } || schema.AdditionalProperties is not null || schema.Items is not null || schema.Discriminator is not null)
        {
            return null;
        }

        int? sole = null;
        for (var i = 0; i < schema.AllOf!.Count; i++)
        {
            if (IsAnnotationOnly(schema.AllOf[i]))
            {
                continue;
            }

            if (sole is not null)
            {
                return null;
            }

            sole = i;
        }

        return sole;
    }

    /// <summary>Whether a schema only documents (description, title, nullability, examples) and constrains no structure.</summary>
    public static bool IsAnnotationOnly(IOpenApiSchema schema) =>
        schema is not OpenApiSchemaReference &&
        ((schema.Type ?? 0) & ~JsonSchemaType.Null) == 0 &&
        schema.Properties is not { Count: > 0 } && schema.AdditionalProperties is null && schema.Items is null &&
        schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 } &&
        schema.Enum is not { Count: > 0 } && schema.Const is null && schema.Not is null && schema.Discriminator is null &&
        schema.Required is not { Count: > 0 };

    /// <summary>The type a schema without <c>type</c> has, judged from its other keywords, or 0 when they allow any.</summary>
    public static JsonSchemaType InferType(IOpenApiSchema schema)
    {
        if (schema.Properties is { Count: > 0 } || schema.AdditionalProperties is not null)
        {
            return JsonSchemaType.Object;
        }

        if (schema.Items is not null)
        {
            return JsonSchemaType.Array;
        }

        // The reader keeps 'const' as text, so 5 and "5" look alike: only a value that cannot be a number or boolean is surely a string.
        if (schema.Const is { } constant && !double.TryParse(constant, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) && constant is not ("true" or "false" or "null"))
        {
            return JsonSchemaType.String;
        }

        return IsStringEnum(schema) ? JsonSchemaType.String : 0;
    }

    /// <summary>The JSON kind a mapped schema's values have, as its spec describes them: the user's type is read from that.</summary>
    public static JsonKind MappedJsonKind(IOpenApiSchema schema) =>
        ((schema.Type ?? 0) & ~JsonSchemaType.Null) switch
        {
            JsonSchemaType.String => JsonKind.String,
            JsonSchemaType.Integer or JsonSchemaType.Number => JsonKind.Number,
            JsonSchemaType.Boolean => JsonKind.Boolean,
            JsonSchemaType.Array => JsonKind.Array,
            JsonSchemaType.Object => JsonKind.Object,
            0 when schema.Properties is { Count: > 0 } => JsonKind.Object,
            _ => JsonKind.Any,
        };

    /// <summary>Whether a string schema is read as a plain <c>string</c>: a format would give another C# type, while a pattern or length only constrains the text.</summary>
    private static bool IsPlainString(IOpenApiSchema schema) =>
        schema.Enum is not { Count: > 0 } && schema.Const is null && schema.Format is null && schema.Not is null &&
        schema.AllOf is not { Count: > 0 } && schema.OneOf is not { Count: > 0 } && schema.AnyOf is not { Count: > 0 };

    private static bool ListsStringValues(IOpenApiSchema schema)
    {
        var type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        if (schema.Enum is not { Count: > 0 } values || (type != 0 && type != JsonSchemaType.String) || values.Count > ModelBudget.MaxEnumValues)
        {
            return false;
        }

        return values.All(value => value is null || (value is JsonValue scalar && scalar.TryGetValue<string>(out _)));
    }
}
