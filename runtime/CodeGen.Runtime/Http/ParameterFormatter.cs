using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

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
    /// characters is encoded, and the dot segments <c>.</c> and <c>..</c> are encoded too, so no value can change the route.
    /// </summary>
    /// <param name="value">The parameter value.</param>
    /// <exception cref="ArgumentException">The value is empty; an empty segment would change the route.</exception>
    public static string EscapePathSegment(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length == 0)
        {
            throw new ArgumentException("A path parameter cannot be empty: the request would go to a different resource.", nameof(value));
        }

        if (value is "." or "..")
        {
            return value.Replace(".", "%2E", StringComparison.Ordinal);
        }

        return Uri.EscapeDataString(value);
    }
}
