using System;

namespace CodeGen.Runtime.Signing;

/// <summary>Lowercase hex, as both vendors write hashes and nonces; written straight into its destination.</summary>
internal static class LowerHex
{
    /// <summary>Bytes of at most 256 bytes (hashes, nonces) as one string, with no intermediate copy.</summary>
    public static string Of(ReadOnlySpan<byte> bytes)
    {
        Span<char> chars = stackalloc char[512];
        chars = chars[..(bytes.Length * 2)];
        Write(bytes, chars);
        return new string(chars);
    }

    public static void Write(ReadOnlySpan<byte> bytes, Span<char> chars)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            chars[2 * i] = Digits[bytes[i] >> 4];
            chars[(2 * i) + 1] = Digits[bytes[i] & 0xF];
        }
    }

    private static ReadOnlySpan<char> Digits => "0123456789abcdef";
}
