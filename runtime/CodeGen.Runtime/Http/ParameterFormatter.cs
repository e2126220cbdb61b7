using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace CodeGen.Runtime.Http;

/// <summary>Formats parameter values for URLs and headers the same way on every machine (invariant culture).</summary>
public static class ParameterFormatter
{
    /// <summary>Returns a string parameter unchanged.</summary>
    /// <param name="value">The value.</param>
    public static string Format(string value) => value;

    /// <summary>Formats a value: booleans as <c>true</c>/<c>false</c>, dates in ISO 8601, numbers invariantly.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    public static string Format<T>(T value) => value switch
        {
            null => string.Empty,
            string text => text,
            bool flag => flag ? "true" : "false",
            DateTimeOffset moment => moment.ToString("o", CultureInfo.InvariantCulture),
            DateTime moment => moment.ToString("o", CultureInfo.InvariantCulture),
            DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimeOnly time => time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
            byte[] bytes => Convert.ToBase64String(bytes),
            IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };

    /// <summary>
    /// A value as its JSON says: the text of a JSON string, number or boolean, an array comma-joined. For a type the
    /// project maps a schema to, whose <c>ToString</c> need not match what the spec describes.
    /// </summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="type">Its JSON metadata.</param>
    public static string JsonText<T>(T value, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return JsonFields.Text(JsonSerializer.SerializeToElement(value, type));
    }

    /// <summary>Each value as its JSON says (see <see cref="JsonText{T}"/>); a null item stays null, treated as in any other list.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The values.</param>
    /// <param name="type">The element's JSON metadata.</param>
    public static IEnumerable<string?> JsonTexts<T>(IEnumerable<T> values, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(values);
        ArgumentNullException.ThrowIfNull(type);
        return values.Select(value => value is null ? null : JsonText(value, type)).ToList();
    }

    /// <summary>Formats each value and joins them with commas (OpenAPI's <c>simple</c>/<c>form</c> style without explode).</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="values">The values.</param>
    public static string Join<T>(IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var builder = new StringBuilder();
        foreach (var value in values)
        {
            if (builder.Length > 0)
            {
                builder.Append(',');
            }

            if (value is not null)
            {
                builder.Append(Format(value));
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// Percent-encodes a value so it stays exactly one path segment: everything but RFC 3986's unreserved
    /// characters is encoded, so no value can change the route.
    /// </summary>
    /// <param name="value">The parameter value.</param>
    /// <exception cref="ArgumentException">
    /// The value is empty, or is the dot segment <c>.</c> or <c>..</c> (also percent-encoded): an empty segment, or
    /// one the server normalizes away, would send the request to a different resource.
    /// </exception>
    public static string EscapePathSegment(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            throw new ArgumentException("A path parameter cannot be empty: the request would go to a different resource.", nameof(value));
        }

        if (IsDotSegment(value))
        {
            throw new ArgumentException("A path parameter cannot be \".\" or \"..\", plain or percent-encoded: servers remove such segments, and the request would go to a different resource.", nameof(value));
        }

        return Uri.EscapeDataString(value);
    }

    // Servers decode before they normalize (Kestrel routes /a/%2E%2E/b to /b), and a proxy in front may decode once more,
    // so a value is a dot segment if any number of decodings make it one.
    private static bool IsDotSegment(string value)
    {
        while (value.Length <= 64)
        {
            if (value is "." or "..")
            {
                return true;
            }

            if (value.IndexOf('%') < 0)
            {
                return false;
            }

            var decoded = Uri.UnescapeDataString(value);
            if (decoded == value)
            {
                return false;
            }

            value = decoded;
        }

        return false;
    }
}
