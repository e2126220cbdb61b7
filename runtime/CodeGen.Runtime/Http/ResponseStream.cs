using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Http;

/// <summary>
/// A binary response body, read as it arrives rather than buffered whole. It owns the response:
/// dispose it (<c>await using</c>) to release the connection.
/// </summary>
public sealed class ResponseStream : Stream
{
    private readonly HttpResponseMessage _response;
    private readonly Stream _body;

    private ResponseStream(HttpResponseMessage response, Stream body)
    {
        _response = response;
        _body = body;
    }

    /// <summary>The response's status code.</summary>
    public HttpStatusCode StatusCode => _response.StatusCode;

    /// <summary>The media type the server declared, such as <c>application/pdf</c>, if any.</summary>
    public string? ContentType => _response.Content.Headers.ContentType?.MediaType;

    /// <summary>The body's length in bytes, when the server declared it.</summary>
    public long? ContentLength => _response.Content.Headers.ContentLength;

    /// <summary>
    /// The file name the server suggested in <c>Content-Disposition</c>, reduced to a safe name: no directory
    /// (<c>../../x</c> gives <c>x</c>), no control or reserved characters; null when none is usable.
    /// </summary>
    public string? FileName
    {
        get
        {
            var disposition = _response.Content.Headers.ContentDisposition;
            return SafeFileName.From(disposition?.FileNameStar ?? disposition?.FileName);
        }
    }

    /// <inheritdoc/>
    public override bool CanRead => _body.CanRead;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException("The body is read as it arrives; see ContentLength.");

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException("The body is read as it arrives.");
        set => throw new NotSupportedException("The body is read as it arrives.");
    }

    /// <summary>Takes ownership of <paramref name="response"/> and opens its body.</summary>
    /// <param name="response">A successful response; disposed if its body cannot be opened.</param>
    /// <param name="cancellationToken">Cancels opening the body.</param>
    /// <returns>The body.</returns>
    public static async Task<ResponseStream> OpenAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        try
        {
            var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            return new ResponseStream(response, body);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => _body.Read(buffer, offset, count);

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer) => _body.Read(buffer);

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        _body.ReadAsync(buffer, offset, count, cancellationToken);

    /// <inheritdoc/>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        _body.ReadAsync(buffer, cancellationToken);

    /// <inheritdoc/>
    public override Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken) =>
        _body.CopyToAsync(destination, bufferSize, cancellationToken);

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("The body is read as it arrives.");

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException("The body is read-only.");

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("The body is read-only.");

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _body.Dispose();
            _response.Dispose();
        }

        base.Dispose(disposing);
    }
}
