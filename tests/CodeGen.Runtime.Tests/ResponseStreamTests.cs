using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Http;
using Xunit;

namespace CodeGen.Runtime.Tests;

public sealed class ResponseStreamTests
{
    [Fact]
    public async Task Disposing_the_stream_releases_the_response_it_owns()
    {
        var content = new TrackingContent(Encoding.ASCII.GetBytes("BYTES"));
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };

        var stream = await ResponseStream.OpenAsync(response, CancellationToken.None);
        using (var reader = new StreamReader(stream, leaveOpen: true))
        {
            Assert.Equal("BYTES", await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
        }

        Assert.False(content.Disposed);
        await stream.DisposeAsync();
        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task A_body_that_cannot_be_opened_releases_the_response_and_rethrows()
    {
        var content = new TrackingContent(null);
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = content };

        await Assert.ThrowsAsync<IOException>(() => ResponseStream.OpenAsync(response, CancellationToken.None));
        Assert.True(content.Disposed);
    }

    [Fact]
    public async Task The_stream_is_read_only_and_not_seekable()
    {
        await using var stream = await ResponseStream.OpenAsync(new HttpResponseMessage { Content = new ByteArrayContent(new byte[3]) }, CancellationToken.None);

        Assert.Equal((true, false, false, 3L), (stream.CanRead, stream.CanSeek, stream.CanWrite, stream.ContentLength));
        Assert.Throws<NotSupportedException>(() => stream.Length);
        Assert.Throws<NotSupportedException>(() => stream.Write(new byte[1], 0, 1));
    }

    private sealed class TrackingContent(byte[]? body) : HttpContent
    {
        public bool Disposed { get; private set; }

        protected override Task<Stream> CreateContentReadStreamAsync() =>
            body is null ? Task.FromException<Stream>(new IOException("connection reset")) : Task.FromResult<Stream>(new MemoryStream(body));

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(body ?? Array.Empty<byte>()).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = body?.Length ?? 0;
            return body is not null;
        }

        protected override void Dispose(bool disposing)
        {
            Disposed = true;
            base.Dispose(disposing);
        }
    }
}
