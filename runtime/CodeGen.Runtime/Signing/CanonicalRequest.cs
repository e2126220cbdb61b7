using System;
using System.Buffers;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;

namespace CodeGen.Runtime.Signing;

/// <summary>The canonical request both vendors' HMAC-SHA256 signatures are computed over.</summary>
internal static class CanonicalRequest
{
    /// <summary>The headers to sign: lowercase names, repeated names joined with ",", trimmed values, sorted ordinally.</summary>
    public static List<(string Name, string Value)> SignedHeaders(IEnumerable<KeyValuePair<string, string>> headers, Func<string, bool> include)
    {
        // Signing runs on every request: plain loops, no LINQ, and strings copied only when they change.
        var signed = new List<(string Name, string Value)>();
        foreach (var header in headers)
        {
            var name = header.Key.Trim().ToLowerInvariant();
            if (!include(name))
            {
                continue;
            }

            var value = header.Value.Trim();
            var existing = IndexOf(signed, name);
            if (existing >= 0)
            {
                signed[existing] = (name, signed[existing].Value + "," + value);
            }
            else
            {
                signed.Add((name, value));
            }
        }

        signed.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        return signed;

        static int IndexOf(List<(string Name, string Value)> signed, string name)
        {
            for (var i = 0; i < signed.Count; i++)
            {
                if (signed[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary><c>METHOD\nURI\nQUERY\nname:value\n…\n\nsigned;headers\nbodyhash</c>.</summary>
    public static string Build(string method, string canonicalUri, string canonicalQuery, IReadOnlyList<(string Name, string Value)> headers, string bodySha256Hex)
    {
        // Sized up front: a growing builder would allocate about twice the request again in chunks.
        var capacity = method.Length + canonicalUri.Length + canonicalQuery.Length + bodySha256Hex.Length + 8;
        foreach (var (name, value) in headers)
        {
            capacity += (2 * name.Length) + value.Length + 3;
        }

        var canonical = new StringBuilder(capacity)
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
    public static string EncodedPath(Uri uri)
    {
        var path = uri.AbsolutePath;
        if (path.IndexOf('%') < 0 && Rfc3986.Encode(path, keepSlash: true) is var encoded && ReferenceEquals(encoded, path))
        {
            return path;
        }

        var segments = path.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            segments[i] = Rfc3986.Encode(Uri.UnescapeDataString(segments[i]));
        }

        return string.Join("/", segments);
    }

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

    /// <summary>
    /// The query's decoded pairs, passed through <paramref name="beforeSort"/>, sorted by key then value (ordinal),
    /// passed through <paramref name="afterSort"/> and joined as <c>k=v&amp;…</c>.
    /// </summary>
    public static string SortedQuery(Uri uri, Func<string, string> beforeSort, Func<string, string> afterSort)
    {
        var pairs = new List<(string Key, string Value)>();
        foreach (var (key, value) in QueryPairs(uri))
        {
            pairs.Add((beforeSort(key), beforeSort(value)));
        }

        if (pairs.Count == 0)
        {
            return string.Empty;
        }

        pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var byKey && byKey != 0 ? byKey : string.CompareOrdinal(a.Value, b.Value));
        var query = new StringBuilder(uri.Query.Length * 2);
        foreach (var (key, value) in pairs)
        {
            query.Append(query.Length == 0 ? string.Empty : "&").Append(afterSort(key)).Append('=').Append(afterSort(value));
        }

        return query.ToString();
    }

    /// <summary>
    /// The text with the value of every signed security-token header line (<c>name:value</c>) replaced by
    /// <c>***</c>: what the public diagnostic strings of a signature carry.
    /// </summary>
    public static string Redacted(string text)
    {
        var builder = (StringBuilder?)null;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start);
            foreach (var name in SecretHeaders)
            {
                if (line.Length > name.Length && line.StartsWith(name, StringComparison.Ordinal) && line[name.Length] == ':')
                {
                    builder ??= new StringBuilder(text, 0, start, text.Length);
                    builder.Append(name).Append(':').Append(Credentials.Redaction.Secret);
                    line = default;
                    break;
                }
            }

            if (builder is not null)
            {
                builder.Append(line);
                if (end < text.Length)
                {
                    builder.Append('\n');
                }
            }

            start = end + 1;
        }

        return builder?.ToString() ?? text;
    }

    public static string Names(IReadOnlyList<(string Name, string Value)> headers)
    {
        var names = new string[headers.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = headers[i].Name;
        }

        return string.Join(";", names);
    }

    public static string Sha256Hex(string text)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        var buffer = Utf8(text, out var rented);
        SHA256.HashData(buffer.Span, hash);
        Return(rented);
        return LowerHex(hash);
    }

    public static string HmacSha256Hex(string key, string text)
    {
        Span<byte> hash = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var keyBytes = Utf8(key, out var rentedKey);
        var textBytes = Utf8(text, out var rentedText);
        HMACSHA256.HashData(keyBytes.Span, textBytes.Span, hash);
        Return(rentedKey);
        Return(rentedText);
        return LowerHex(hash);
    }

    // The UTF-8 bytes in a pooled buffer; the caller returns it. Secrets are cleared on return.
    private static Memory<byte> Utf8(string text, out byte[] rented)
    {
        rented = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(text.Length));
        return rented.AsMemory(0, Encoding.UTF8.GetBytes(text, rented));
    }

    private static void Return(byte[] rented) => ArrayPool<byte>.Shared.Return(rented, clearArray: true);

    private static string LowerHex(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[bytes.Length * 2];
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = HexLower[bytes[i] >> 4];
            chars[(2 * i) + 1] = HexLower[bytes[i] & 0xF];
        }

        return new string(chars);
    }

    private static ReadOnlySpan<char> HexLower => "0123456789abcdef";

    // Signed headers whose values are credentials; lowercase, as the canonical forms write names.
    private static readonly string[] SecretHeaders = { "x-security-token", "x-acs-security-token", "x-auth-token" };
}
