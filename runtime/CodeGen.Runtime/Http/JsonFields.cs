using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CodeGen.Runtime.Http;

/// <summary>A model's top-level JSON properties, through its source-generated metadata: what forms and object parameters send.</summary>
internal static class JsonFields
{
    /// <summary>Each non-null top-level property, in declaration order.</summary>
    /// <exception cref="ArgumentException">The value is not a JSON object.</exception>
    public static IEnumerable<(string Name, JsonElement Value)> Of<T>(T value, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        var element = JsonSerializer.SerializeToElement(value, type);
        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ArgumentException("The value must serialize to a JSON object; this one is " + element.ValueKind + ".", nameof(value));
        }

        return element.EnumerateObject()
            .Where(property => property.Value.ValueKind != JsonValueKind.Null)
            .Select(property => (property.Name, property.Value))
            .ToList();
    }

    /// <summary>A value as field text: strings unquoted, arrays comma-joined, anything else as its JSON.</summary>
    public static string Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()!,
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        JsonValueKind.Array => string.Join(",", element.EnumerateArray().Select(Text)),
        _ => element.GetRawText(),
    };
}
