using System;
using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace CodeGen.Runtime.Signing;

/// <summary>
/// SHA-256 and HMAC-SHA256 over the UTF-8 of text, encoded into stack memory (pooled when large) and wiped
/// afterwards: the text can hold a security token, the key is a secret.
/// </summary>
internal static class SigningHash
{
    private const int StackBytes = 1024;

    public static void Sha256(scoped ReadOnlySpan<char> text, Span<byte> hash)
    {
        var count = Encoding.UTF8.GetByteCount(text);
        var rented = count > StackBytes ? ArrayPool<byte>.Shared.Rent(count) : null;
        Span<byte> bytes = rented is null ? stackalloc byte[StackBytes] : rented;
        bytes = bytes[..count];
        try
        {
            Encoding.UTF8.GetBytes(text, bytes);
            SHA256.HashData(bytes, hash);
        }
        finally
        {
            Release(bytes, rented);
        }
    }

    public static void HmacSha256(scoped ReadOnlySpan<char> key, scoped ReadOnlySpan<char> text, Span<byte> mac)
    {
        var keyCount = Encoding.UTF8.GetByteCount(key);
        var count = keyCount + Encoding.UTF8.GetByteCount(text);
        var rented = count > StackBytes ? ArrayPool<byte>.Shared.Rent(count) : null;
        Span<byte> bytes = rented is null ? stackalloc byte[StackBytes] : rented;
        bytes = bytes[..count];
        try
        {
            Encoding.UTF8.GetBytes(key, bytes);
            Encoding.UTF8.GetBytes(text, bytes[keyCount..]);
            HMACSHA256.HashData(bytes[..keyCount], bytes[keyCount..], mac);
        }
        finally
        {
            Release(bytes, rented);
        }
    }

    private static void Release(Span<byte> used, byte[]? rented)
    {
        CryptographicOperations.ZeroMemory(used);
        if (rented is not null)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
