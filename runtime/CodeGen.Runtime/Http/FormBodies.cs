using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CodeGen.Runtime.Http;

/// <summary>
/// Builds <c>application/x-www-form-urlencoded</c> and <c>multipart/form-data</c> bodies from a generated model,
/// through its source-generated JSON metadata (no reflection): each top-level property becomes a field.
/// </summary>
public static class FormBodies
{
    /// <summary>A URL-encoded form: text and numbers as they are, arrays as repeated fields, objects as JSON text. Null properties are left out.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="value">The model.</param>
    /// <param name="type">Its JSON metadata.</param>
    /// <exception cref="ArgumentException">The model is not a JSON object.</exception>
    public static HttpContent UrlEncoded<T>(T value, JsonTypeInfo<T> type)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var (name, element) in JsonFields.Of(value, type))
        {
            if (element.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in element.EnumerateArray())
                {
                    fields.Add(new(name, JsonFields.Text(item)));
                }
            }
            else
            {
                fields.Add(new(name, JsonFields.Text(element)));
            }
        }

        return new FormUrlEncodedContent(fields);
    }

    /// <summary>A multipart form: the properties named in <paramref name="fileFields"/> are sent as files, the rest as text fields.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="value">The model.</param>
    /// <param name="type">Its JSON metadata.</param>
    /// <param name="fileFields">The wire names of the binary properties (<c>format: binary</c>), each sent as <c>application/octet-stream</c> with the field name as file name.</param>
    /// <exception cref="ArgumentException">The model is not a JSON object.</exception>
    public static HttpContent Multipart<T>(T value, JsonTypeInfo<T> type, params string[] fileFields)
    {
        ArgumentNullException.ThrowIfNull(fileFields);
        var content = new MultipartFormDataContent();
        foreach (var (name, element) in JsonFields.Of(value, type))
        {
            var isFile = Array.IndexOf(fileFields, name) >= 0;
            var parts = element.ValueKind == JsonValueKind.Array && (isFile || !IsStructured(element)) ? element.EnumerateArray() : Single(element);
            foreach (var part in parts)
            {
                if (isFile && part.ValueKind == JsonValueKind.String)
                {
                    // byte[] properties travel through JSON as base64.
                    var file = new ByteArrayContent(part.GetBytesFromBase64());
                    file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
                    content.Add(file, name, name);
                }
                else if (IsStructured(part))
                {
                    content.Add(new StringContent(part.GetRawText(), System.Text.Encoding.UTF8, "application/json"), name);
                }
                else
                {
                    content.Add(new StringContent(JsonFields.Text(part)), name);
                }
            }
        }

        return content;
    }

    private static IEnumerable<JsonElement> Single(JsonElement element)
    {
        yield return element;
    }

    private static bool IsStructured(JsonElement element) =>
        element.ValueKind == JsonValueKind.Object ||
        (element.ValueKind == JsonValueKind.Array && element.EnumerateArray().Any(item => item.ValueKind is JsonValueKind.Object or JsonValueKind.Array));
}
