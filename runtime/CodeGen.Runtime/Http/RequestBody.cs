using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Http;

/// <summary>Hashes a request body for signing without taking it away from the request.</summary>
internal static class RequestBody
{
    public const string EmptySha256Hex = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    /// <summary>Hex SHA-256 of the body. The content is buffered once (so it can be sent after hashing) and read from that buffer.</summary>
    public static async Task<string> Sha256HexAsync(HttpContent? content, CancellationToken cancellationToken)
    {
        if (content is null)
        {
            return EmptySha256Hex;
        }

        await content.LoadIntoBufferAsync().ConfigureAwait(false);
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return Convert.ToHexString(hash).ToLowerInvariant();
    }
}
