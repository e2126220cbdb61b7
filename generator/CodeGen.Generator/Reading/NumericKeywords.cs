using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodeGen.Generator.Reading;

/// <summary>Keywords the OpenAPI reader converts to fixed-size numbers, and what each must hold for the conversion to succeed.</summary>
/// <remarks>The reader throws on a value it cannot convert (an <c>OverflowException</c> for <c>maxLength: 1e10</c>), losing the whole spec.</remarks>
internal static class NumericKeywords
{
    private static readonly string[] Counts = { "maxLength", "minLength", "maxItems", "minItems", "maxProperties", "minProperties", "maxContains", "minContains" };

    /// <summary>Removes each keyword of <paramref name="node"/> whose value the reader cannot convert, reporting it.</summary>
    private static readonly string[] ExclusiveBounds = { "exclusiveMinimum", "exclusiveMaximum" };

    public static void Check(JsonObject node, NodePath path, bool exclusiveBoundsAreFlags, Action<string, string, string> report)
    {
        if (path.HoldsNames)
        {
            return;
        }

        foreach (var keyword in Counts)
        {
            if (node.TryGetPropertyValue(keyword, out var value) && !IsCount(value))
            {
                Drop(node, path, keyword, value, "a whole number from 0 to 2147483647", report);
            }
        }

        if (node.TryGetPropertyValue("multipleOf", out var multiple) && !IsDecimal(multiple))
        {
            Drop(node, path, "multipleOf", multiple, "a number within ±7.9e28", report);
        }

        foreach (var keyword in ExclusiveBounds)
        {
            if (!node.TryGetPropertyValue(keyword, out var bound))
            {
                continue;
            }

            // OpenAPI 3.0 and Swagger 2.0 take a flag beside minimum/maximum; 3.1 takes the bound itself.
            if (exclusiveBoundsAreFlags ? bound?.GetValueKind() is not (JsonValueKind.True or JsonValueKind.False) : !IsDecimal(bound))
            {
                Drop(node, path, keyword, bound, exclusiveBoundsAreFlags ? "true or false in this OpenAPI version" : "a number within ±7.9e28", report);
            }
        }
    }

    private static bool IsCount(JsonNode? value) =>
        value is JsonValue number && number.GetValueKind() == JsonValueKind.Number &&
        long.TryParse(number.ToJsonString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var count) &&
        count is >= 0 and <= int.MaxValue;

    private static bool IsDecimal(JsonNode? value) =>
        value is JsonValue number && number.GetValueKind() == JsonValueKind.Number &&
        decimal.TryParse(number.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out _);

    private static void Drop(JsonObject node, NodePath path, string keyword, JsonNode? value, string expected, Action<string, string, string> report)
    {
        report(path.Child(keyword).ToPointer(), keyword, ValueShapes.Shown(value) + ", which is not " + expected);
        node.Remove(keyword);
    }
}
