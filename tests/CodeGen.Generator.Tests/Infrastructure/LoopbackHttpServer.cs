using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 that records each request line exactly as it arrived on the wire
/// and answers with a fixed response; enough to see what a generated client really sends.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackHttpServer(int status, string contentType, string body)
    {
        Status = status;
        ContentType = contentType;
        Body = body;
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public int Status { get; set; }

    public string ContentType { get; set; }

    public string Body { get; set; }

    public Uri BaseAddress => new("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/");

    /// <summary>The request targets (path and query, as sent), in arrival order.</summary>
    public ConcurrentQueue<string> Targets { get; } = new();

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            await _loop.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ObjectDisposedException or SocketException or OperationCanceledException)
        {
        }

        _stop.Dispose();
    }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is ObjectDisposedException or SocketException or OperationCanceledException)
            {
                return;
            }

            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var reader = new StreamReader(stream, Encoding.ASCII, false, 1024, leaveOpen: true);
            var requestLine = await reader.ReadLineAsync().ConfigureAwait(false);
            if (requestLine is null)
            {
                return;
            }

            var contentLength = 0;
            string? line;
            while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync().ConfigureAwait(false)))
            {
                if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                {
                    contentLength = int.Parse(line.AsSpan("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            if (contentLength > 0)
            {
                var buffer = new char[contentLength];
                await reader.ReadBlockAsync(buffer, 0, contentLength).ConfigureAwait(false);
            }

            Targets.Enqueue(requestLine.Split(' ')[1]);
            var body = Encoding.UTF8.GetBytes(Body);
            var head = $"HTTP/1.1 {Status} Status\r\nContent-Type: {ContentType}\r\nContent-Length: {body.Length}\r\nX-Request-Id: req-123\r\nConnection: close\r\n\r\n";
            await stream.WriteAsync(Encoding.ASCII.GetBytes(head)).ConfigureAwait(false);
            await stream.WriteAsync(body).ConfigureAwait(false);
        }
    }
}
