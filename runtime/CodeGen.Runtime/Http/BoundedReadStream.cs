using System;
using System.Buffers;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Http;

/// <summary>
/// Reads a response body up to a byte limit, keeping a copy of its first bytes (pooled, capped) so that a body
/// the deserializer rejects can still be shown; past the limit it throws <see cref="BodyTooLargeException"/>.
/// </summary>
internal sealed class BoundedReadStream : Stream
{
    private readonly Stream _inner;
    private readonly long _limit;
    private readonly int _keep;
    private byte[] _head = Array.Empty<byte>();
    private int _headLength;

    public BoundedReadStream(Stream inner, long limit, int keep)
    {
        _inner = inner;
        _limit = limit;
        _keep = keep;
    }

    /// <summary>How many bytes were read so far.</summary>
    public long BytesRead { get; private set; }

    /// <summary>The first bytes read (at most the number kept).</summary>
    public ReadOnlySpan<byte> Head => _head.AsSpan(0, _headLength);

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => BytesRead;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = _inner.Read(buffer[..Window(buffer.Length)]);
        return Count(buffer[..read]);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var window = Window(buffer.Length);
        var read = await _inner.ReadAsync(buffer[..window], cancellationToken).ConfigureAwait(false);
        return Count(buffer.Span[..read]);
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _inner.Dispose();
            if (_head.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_head);
                _head = Array.Empty<byte>();
                _headLength = 0;
            }
        }

        base.Dispose(disposing);
    }

    // One byte past the limit is asked for, so a body of exactly the limit is accepted and a longer one is noticed.
    private int Window(int requested)
    {
        var left = _limit - BytesRead;
        return left >= requested ? requested : (int)left + 1;
    }

    private int Count(ReadOnlySpan<byte> read)
    {
        BytesRead += read.Length;
        if (BytesRead > _limit)
        {
            throw new BodyTooLargeException(_limit);
        }

        Keep(read);
        return read.Length;
    }

    private void Keep(ReadOnlySpan<byte> read)
    {
        var take = Math.Min(read.Length, _keep - _headLength);
        if (take <= 0)
        {
            return;
        }

        if (_headLength + take > _head.Length)
        {
            var grown = ArrayPool<byte>.Shared.Rent(Math.Min(_keep, Math.Max(_headLength + take, _head.Length * 2)));
            _head.AsSpan(0, _headLength).CopyTo(grown);
            if (_head.Length > 0)
            {
                ArrayPool<byte>.Shared.Return(_head);
            }

            _head = grown;
        }

        read[..take].CopyTo(_head.AsSpan(_headLength));
        _headLength += take;
    }
}

/// <summary>A response body went past the client's limit.</summary>
internal sealed class BodyTooLargeException(long limit) : IOException("The response body is larger than " + limit + " bytes.")
{
    public long Limit { get; } = limit;
}
