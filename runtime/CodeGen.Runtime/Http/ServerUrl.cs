using System;
using System.Text;

namespace CodeGen.Runtime.Http;

/// <summary>Fills in the variables of an OpenAPI server URL such as <c>https://kms.{region}.myhuaweicloud.com</c>.</summary>
public static class ServerUrl
{
    /// <summary>Replaces each <c>{name}</c> in <paramref name="template"/> with its value.</summary>
    /// <remarks>
    /// A value the spec does not document may hold letters, digits, <c>-</c> and <c>_</c> only. Variables usually sit in a host name,
    /// where a dot, slash or <c>@</c> would send the request, and the credentials signed into it, to another host.
    /// </remarks>
    /// <param name="template">The server URL with <c>{name}</c> placeholders.</param>
    /// <param name="variables">Each variable's name, value, and the values the spec documents (its default and enum), which are taken as they are.</param>
    /// <returns>The absolute URL.</returns>
    /// <exception cref="ArgumentException">A value is empty or holds another character, or the result is not an absolute http(s) URL.</exception>
    public static Uri Expand(string template, params (string Name, string? Value, string[] Documented)[] variables)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(variables);
        var url = new StringBuilder(template);
        foreach (var (name, value, documented) in variables)
        {
            if (value is null || (Array.IndexOf(documented ?? Array.Empty<string>(), value) < 0 && (value.Length == 0 || !IsSafe(value))))
            {
                throw new ArgumentException(
                    $"The server variable '{name}' must be letters, digits, '-' or '_' (it was {(value is null ? "null" : "'" + value + "'")}); to call another host, set Endpoint instead.",
                    nameof(variables));
            }

            url.Replace("{" + name + "}", value);
        }

        var text = url.ToString();
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The server URL '{text}' is not an absolute http or https URL.", nameof(template));
        }

        return uri;
    }

    /// <summary>Checks that an explicit endpoint is an absolute http or https URL.</summary>
    /// <param name="endpoint">The endpoint.</param>
    /// <returns><paramref name="endpoint"/>.</returns>
    /// <exception cref="ArgumentException">It is relative, or has another scheme.</exception>
    public static Uri Check(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && endpoint.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException($"The endpoint '{endpoint}' is not an absolute http or https URL.", nameof(endpoint));
        }

        return endpoint;
    }

    private static bool IsSafe(string value)
    {
        foreach (var character in value)
        {
            if (!(character is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '-' or '_'))
            {
                return false;
            }
        }

        return true;
    }
}
