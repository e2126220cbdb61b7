using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>
/// Checks an example against the subset of JSON Schema the product's specs use: types, formats, patterns,
/// lengths, enums, anyOf, required and declared properties. Stricter than JSON Schema on one point on purpose:
/// a property the schema does not declare is reported, so a typo in an example cannot hide. An enum is as
/// closed as JSON Schema makes it: the specs write their open enumerations as anyOf with a plain string.
/// </summary>
internal static class ExampleValidator
{
    public static List<string> Validate(JsonNode? value, IOpenApiSchema schema, string path)
    {
        var problems = new List<string>();
        Check(value, schema, path, problems);
        return problems;
    }

    private static void Check(JsonNode? value, IOpenApiSchema schema, string path, List<string> problems)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            schema = reference.Target ?? throw new System.InvalidOperationException("Unresolved " + reference.Reference.Id);
        }

        if (schema.AnyOf is { Count: > 0 } alternatives)
        {
            var outcomes = alternatives.Select((alternative, index) => Validate(value, alternative, path + "(anyOf " + index + ")")).ToList();
            if (outcomes.All(outcome => outcome.Count > 0))
            {
                problems.Add(path + ": matches no anyOf alternative: " + string.Join("; ", outcomes.SelectMany(outcome => outcome)));
            }

            if (schema.Type is null)
            {
                return;
            }
        }

        if (schema.Enum is { Count: > 0 } values && !values.Any(allowed => JsonNode.DeepEquals(allowed, value)))
        {
            problems.Add(path + ": " + (value?.ToJsonString() ?? "null") + " is not one of " + string.Join(", ", values.Select(allowed => allowed?.ToJsonString() ?? "null")));
        }

        var type = schema.Type ?? 0;
        if (value is null)
        {
            if ((type & JsonSchemaType.Null) == 0 && type != 0)
            {
                problems.Add(path + ": null is not allowed");
            }

            return;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.Object when Allows(type, JsonSchemaType.Object):
                var obj = value.AsObject();
                foreach (var required in schema.Required ?? new HashSet<string>())
                {
                    if (!obj.ContainsKey(required))
                    {
                        problems.Add(path + ": missing required '" + required + "'");
                    }
                }

                foreach (var (name, child) in obj)
                {
                    if (schema.Properties?.TryGetValue(name, out var propertySchema) == true)
                    {
                        Check(child, propertySchema, path + "/" + name, problems);
                    }
                    else if (schema.AdditionalProperties is { } additional)
                    {
                        Check(child, additional, path + "/" + name, problems);
                    }
                    else if (!schema.AdditionalPropertiesAllowed || schema.Properties is { Count: > 0 })
                    {
                        problems.Add(path + ": '" + name + "' is not declared");
                    }
                }

                break;
            case JsonValueKind.Array when Allows(type, JsonSchemaType.Array):
                var index = 0;
                foreach (var item in value.AsArray())
                {
                    Check(item, schema.Items!, path + "/" + index++, problems);
                }

                break;
            case JsonValueKind.String when Allows(type, JsonSchemaType.String):
                var text = value.GetValue<string>();
                if (schema.Format == "date-time" && !System.DateTimeOffset.TryParseExact(text, "yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    problems.Add(path + ": '" + text + "' is not an RFC 3339 date-time");
                }

                if (schema.Pattern is { } pattern && !Regex.IsMatch(text, pattern))
                {
                    problems.Add(path + ": '" + text + "' does not match " + pattern);
                }

                if (text.Length < (schema.MinLength ?? 0) || text.Length > (schema.MaxLength ?? int.MaxValue))
                {
                    problems.Add(path + ": length " + text.Length + " is out of range");
                }

                break;
            case JsonValueKind.Number when Allows(type, JsonSchemaType.Number) || (Allows(type, JsonSchemaType.Integer) && value.GetValue<decimal>() % 1 == 0):
                break;
            case JsonValueKind.True or JsonValueKind.False when Allows(type, JsonSchemaType.Boolean):
                break;
            default:
                problems.Add(path + ": a " + value.GetValueKind() + " is not a " + type);
                break;
        }
    }

    private static bool Allows(JsonSchemaType type, JsonSchemaType wanted) => type == 0 || (type & wanted) != 0;
}
