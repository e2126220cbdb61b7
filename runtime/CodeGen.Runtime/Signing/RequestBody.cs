using System;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Signing;

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

        // Copied from the buffer each time: ReadAsStreamAsync would hand back one cached stream, already
        // read to its end when the request is signed again (a same-origin redirect, a retry).
        await content.LoadIntoBufferAsync().ConfigureAwait(false);
        using var sink = new HashingStream();
        await content.CopyToAsync(sink, cancellationToken).ConfigureAwait(false);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        sink.Hash.GetHashAndReset(hash);
        return LowerHex.Of(hash);
    }

    /// <summary>A write-only stream that feeds SHA-256.</summary>
    private sealed class HashingStream : System.IO.Stream
    {
        public IncrementalHash Hash { get; } = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override void Write(byte[] buffer, int offset, int count) => Hash.AppendData(buffer, offset, count);

        public override void Write(ReadOnlySpan<byte> buffer) => Hash.AppendData(buffer);

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Hash.AppendData(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            Hash.AppendData(buffer.Span);
            return ValueTask.CompletedTask;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                Hash.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
