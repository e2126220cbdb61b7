using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace CodeGen.Runtime.Http;

/// <summary>The canonical request both vendors' HMAC-SHA256 signatures are computed over.</summary>
internal static class CanonicalRequest
{
    /// <summary>The headers to sign: lowercase names, repeated names joined with ",", trimmed values, sorted ordinally.</summary>
    public static List<(string Name, string Value)> SignedHeaders(IEnumerable<KeyValuePair<string, string>> headers, Func<string, bool> include) =>
        headers
            .Select(h => (Name: h.Key.Trim().ToLowerInvariant(), Value: h.Value.Trim()))
            .Where(h => include(h.Name))
            .GroupBy(h => h.Name, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Value: string.Join(",", g.Select(h => h.Value))))
            .OrderBy(h => h.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary><c>METHOD\nURI\nQUERY\nname:value\n…\n\nsigned;headers\nbodyhash</c>.</summary>
    public static string Build(string method, string canonicalUri, string canonicalQuery, IReadOnlyList<(string Name, string Value)> headers, string bodySha256Hex)
    {
        var canonical = new StringBuilder()
            .Append(method.ToUpperInvariant()).Append('\n')
            .Append(canonicalUri).Append('\n')
            .Append(canonicalQuery).Append('\n');
        foreach (var (name, value) in headers)
        {
            canonical.Append(name).Append(':').Append(value).Append('\n');
        }

        return canonical.Append('\n').Append(Names(headers)).Append('\n').Append(bodySha256Hex).ToString();
    }

    /// <summary>The path as the signers canonicalize it: each segment decoded, then RFC 3986-encoded.</summary>
    public static string EncodedPath(Uri uri) =>
        string.Join("/", uri.AbsolutePath.Split('/').Select(segment => Rfc3986.Encode(Uri.UnescapeDataString(segment))));

    /// <summary>The query's pairs, decoded; a pair without "=" has an empty value. "+" stays "+" (RFC 3986, not forms).</summary>
    public static IEnumerable<(string Key, string Value)> QueryPairs(Uri uri)
    {
        var query = uri.Query;
        if (query.Length <= 1)
        {
            yield break;
        }

        foreach (var pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=');
            var key = equals < 0 ? pair : pair[..equals];
            var value = equals < 0 ? string.Empty : pair[(equals + 1)..];
            yield return (Uri.UnescapeDataString(key), Uri.UnescapeDataString(value));
        }
    }

    public static string Names(IReadOnlyList<(string Name, string Value)> headers) => string.Join(";", headers.Select(h => h.Name));

    public static string Sha256Hex(string text) => Hex(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string HmacSha256Hex(string key, string text) => Hex(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(text)));

    private static string Hex(byte[] bytes) => Convert.ToHexString(bytes).ToLowerInvariant();
}
