using System.Linq;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>The documentation a schema gives the member that uses it.</summary>
internal static class SchemaDocText
{
    /// <summary>The description of a schema, or of the annotating <c>allOf</c> parts that carry it for a wrapped reference.</summary>
    public static string? DescriptionOf(IOpenApiSchema schema) =>
        schema.Description ?? schema.AllOf?.Where(SchemaShapes.IsAnnotationOnly).Select(part => part.Description).FirstOrDefault(text => text is not null);

    /// <summary>
    /// The values a property typed as a plain number or <c>JsonElement</c> may hold (integer and mixed enums, <c>const</c>),
    /// for its documentation: such enums stay open types, since services add values.
    /// </summary>
    public static string? AllowedValues(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference || SchemaShapes.IsStringEnum(schema))
        {
            return null;
        }

        if (schema.Enum is { Count: > 0 } values)
        {
            return "Allowed values: " + string.Join(", ", values.Select(value => value?.ToJsonString() ?? "null")) + ".";
        }

        return schema.Const is { } constant ? "Always " + constant + "." : null;
    }
}
