using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace CodeGen.Runtime.Signing;

/// <summary>
/// The canonical request both vendors' HMAC-SHA256 signatures are computed over, written into a buffer: the
/// same writer feeds the hash and, when someone asks, the text a signature shows.
/// </summary>
internal static class CanonicalRequest
{
    /// <summary>The headers to sign: lowercase names, repeated names joined with ",", trimmed values, sorted ordinally.</summary>
    /// <returns>A new array the caller owns.</returns>
    public static (string Name, string Value)[] SignedHeaders(IEnumerable<KeyValuePair<string, string>> headers, Func<string, bool> include)
    {
        // Signing runs on every request: plain loops, no LINQ, a pooled list, and strings copied only when they change.
        var pool = ArrayPool<(string Name, string Value)>.Shared;
        var signed = pool.Rent(headers.TryGetNonEnumeratedCount(out var count) ? Math.Max(count, 1) : 16);
        var length = 0;
        try
        {
            foreach (var header in headers)
            {
                var name = header.Key.Trim().ToLowerInvariant();
                if (!include(name))
                {
                    continue;
                }

                var value = header.Value.Trim();
                var existing = IndexOf(signed.AsSpan(0, length), name);
                if (existing >= 0)
                {
                    signed[existing].Value = signed[existing].Value + "," + value;
                    continue;
                }

                if (length == signed.Length)
                {
                    var larger = pool.Rent(length * 2);
                    signed.AsSpan(0, length).CopyTo(larger);
                    signed.AsSpan(0, length).Clear();
                    pool.Return(signed);
                    signed = larger;
                }

                signed[length++] = (name, value);
            }

            var sorted = signed.AsSpan(0, length).ToArray();
            sorted.AsSpan().Sort(static (a, b) => string.CompareOrdinal(a.Name, b.Name));
            return sorted;
        }
        finally
        {
            // The values include the security token: the pool keeps no reference to it.
            signed.AsSpan(0, length).Clear();
            pool.Return(signed);
        }

        static int IndexOf(ReadOnlySpan<(string Name, string Value)> signed, string name)
        {
            for (var i = 0; i < signed.Length; i++)
            {
                if (signed[i].Name == name)
                {
                    return i;
                }
            }

            return -1;
        }
    }

    /// <summary>The value of the signed header <paramref name="name"/> (lowercase), or null.</summary>
    public static string? ValueOf(ReadOnlySpan<(string Name, string Value)> headers, string name)
    {
        foreach (var header in headers)
        {
            if (header.Name == name)
            {
                return header.Value;
            }
        }

        return null;
    }

    /// <summary>Replaces the value of every security-token header with <c>***</c>, in place.</summary>
    public static void MaskSecrets(Span<(string Name, string Value)> headers)
    {
        foreach (ref var header in headers)
        {
            if (Array.IndexOf(SecretHeaders, header.Name) >= 0)
            {
                header.Value = Credentials.Redaction.Secret;
            }
        }
    }

    /// <summary>Writes <c>METHOD\nURI\nQUERY\nname:value\n…\n\nsigned;headers\nbodyhash</c>.</summary>
    public static void Write(ref CharBuffer output, CanonicalForm form, string method, Uri uri, scoped ReadOnlySpan<(string Name, string Value)> headers, string bodySha256Hex)
    {
        method.AsSpan().ToUpperInvariant(output.AppendSpan(method.Length));
        output.Append('\n');
        WritePath(ref output, uri.AbsolutePath, form);
        output.Append('\n');
        CanonicalQuery.Write(ref output, uri.Query, sortEncoded: form == CanonicalForm.Alibaba);
        output.Append('\n');
        foreach (var (name, value) in headers)
        {
            output.Append(name);
            output.Append(':');
            output.Append(value);
            output.Append('\n');
        }

        output.Append('\n');
        WriteNames(ref output, headers);
        output.Append('\n');
        output.Append(bodySha256Hex);
    }

    /// <summary>Writes the <c>;</c>-joined header names.</summary>
    public static void WriteNames(ref CharBuffer output, scoped ReadOnlySpan<(string Name, string Value)> headers)
    {
        for (var i = 0; i < headers.Length; i++)
        {
            if (i > 0)
            {
                output.Append(';');
            }

            output.Append(headers[i].Name);
        }
    }

    public static string Names(ReadOnlySpan<(string Name, string Value)> headers)
    {
        var names = new CharBuffer(stackalloc char[256]);
        try
        {
            WriteNames(ref names, headers);
            return names.ToString();
        }
        finally
        {
            names.Dispose();
        }
    }

    /// <summary>The path as the signers canonicalize it: each segment decoded, then RFC 3986-encoded.</summary>
    private static void WritePath(ref CharBuffer output, string path, CanonicalForm form)
    {
        var start = output.Length;
        var rest = path.AsSpan();
        while (true)
        {
            var slash = rest.IndexOf('/');
            var segment = slash < 0 ? rest : rest[..slash];

            // Only an escaped segment costs a string: Uri.UnescapeDataString takes nothing else on this framework.
            Rfc3986.Append(ref output, segment.Contains('%') ? Uri.UnescapeDataString(segment.ToString()) : segment);
            if (slash < 0)
            {
                break;
            }

            output.Append('/');
            rest = rest[(slash + 1)..];
        }

        var empty = output.Length == start;
        if (empty || (form == CanonicalForm.Huawei && output.Written[^1] != '/'))
        {
            output.Append('/');
        }
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

    // Signed headers whose values are credentials; lowercase, as the canonical forms write names.
    private static readonly string[] SecretHeaders = { "x-security-token", "x-acs-security-token", "x-auth-token" };
}
