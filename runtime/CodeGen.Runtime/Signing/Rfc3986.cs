using System;
using System.Buffers;
using System.Text;

namespace CodeGen.Runtime.Signing;

/// <summary>RFC 3986 percent-encoding as request signers need it: unreserved characters kept, everything else as uppercase %XX of UTF-8.</summary>
internal static class Rfc3986
{
    private static readonly SearchValues<char> Unreserved = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~");

    /// <summary>Writes <paramref name="value"/> encoded; runs of unreserved characters are copied whole.</summary>
    public static void Append(ref CharBuffer output, scoped ReadOnlySpan<char> value)
    {
        Span<byte> utf8 = stackalloc byte[4];
        while (!value.IsEmpty)
        {
            var clean = value.IndexOfAnyExcept(Unreserved);
            if (clean < 0)
            {
                output.Append(value);
                return;
            }

            output.Append(value[..clean]);
            value = value[clean..];

            // A surrogate pair is one code point (four UTF-8 bytes); a lone surrogate becomes U+FFFD, as UTF8Encoding writes it.
            var width = char.IsHighSurrogate(value[0]) && value.Length > 1 && char.IsLowSurrogate(value[1]) ? 2 : 1;
            var length = Encoding.UTF8.GetBytes(value[..width], utf8);
            var escaped = output.AppendSpan(3 * length);
            for (var b = 0; b < length; b++)
            {
                escaped[3 * b] = '%';
                escaped[(3 * b) + 1] = HexUpper[utf8[b] >> 4];
                escaped[(3 * b) + 2] = HexUpper[utf8[b] & 0xF];
            }

            value = value[width..];
        }
    }

    private static ReadOnlySpan<char> HexUpper => "0123456789ABCDEF";
}
