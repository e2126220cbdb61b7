using System;
using System.Collections.Concurrent;
using System.IO;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>A request as it arrived on the wire.</summary>
internal sealed record RecordedRequest(string Method, string Target, System.Collections.Generic.IReadOnlyDictionary<string, string> Headers, string Body);

/// <summary>
/// A response to send: status, content type, body and extra headers. With <paramref name="WriteBody"/>, the body is
/// written by it instead, without a Content-Length (it ends when the connection closes), as a server streaming a large body does.
/// </summary>
internal sealed record LoopbackResponse(int Status, string ContentType, string Body, System.Collections.Generic.IReadOnlyDictionary<string, string>? Headers = null, Func<Stream, Task>? WriteBody = null);

/// <summary>
/// A minimal HTTP/1.1 server on 127.0.0.1 that records each request exactly as it arrived on the wire
/// and answers with a fixed or computed response; enough to see what a client really sends.
/// Request bodies are read as ASCII: tests send ASCII bodies.
/// </summary>
internal sealed class LoopbackHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public LoopbackHttpServer(int status, string contentType, string body)
        : this(_ => new LoopbackResponse(status, contentType, body))
    {
    }

    public LoopbackHttpServer(Func<RecordedRequest, LoopbackResponse> respond)
    {
        Respond = respond;
        _listener.Start();
        _loop = Task.Run(AcceptLoopAsync);
    }

    public Func<RecordedRequest, LoopbackResponse> Respond { get; set; }

    public Uri BaseAddress => new("http://127.0.0.1:" + ((IPEndPoint)_listener.LocalEndpoint).Port + "/");

    /// <summary>The request targets (path and query, as sent), in arrival order.</summary>
    public ConcurrentQueue<string> Targets { get; } = new();

    /// <summary>The requests, in arrival order.</summary>
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

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
            var headers = new System.Collections.Generic.Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            string? line;
            while (!string.IsNullOrEmpty(line = await reader.ReadLineAsync().ConfigureAwait(false)))
            {
                var colon = line.IndexOf(':');
                var name = line[..colon];
                var value = line[(colon + 1)..].Trim();
                headers[name] = headers.TryGetValue(name, out var existing) ? existing + "," + value : value;
                if (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase))
                {
                    contentLength = int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
                }
            }

            var requestBody = string.Empty;
            if (contentLength > 0)
            {
                var buffer = new char[contentLength];
                var read = await reader.ReadBlockAsync(buffer, 0, contentLength).ConfigureAwait(false);
                requestBody = new string(buffer, 0, read);
            }
            else if (headers.TryGetValue("Transfer-Encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase))
            {
                // A streamed body (JSON content): sizes in hex, each chunk followed by a line end, a zero size last.
                var chunks = new StringBuilder();
                int size;
                while ((size = int.Parse((await reader.ReadLineAsync().ConfigureAwait(false) ?? "0").Split(';')[0], System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture)) > 0)
                {
                    var chunk = new char[size];
                    chunks.Append(chunk, 0, await reader.ReadBlockAsync(chunk, 0, size).ConfigureAwait(false));
                    await reader.ReadLineAsync().ConfigureAwait(false);
                }

                await reader.ReadLineAsync().ConfigureAwait(false);
                requestBody = chunks.ToString();
            }

            var parts = requestLine.Split(' ');
            var request = new RecordedRequest(parts[0], parts[1], headers, requestBody);
            Targets.Enqueue(request.Target);
            Requests.Enqueue(request);
            var response = Respond(request);
            var body = Encoding.UTF8.GetBytes(response.Body);
            var extra = new StringBuilder();
            foreach (var (name, value) in response.Headers ?? new System.Collections.Generic.Dictionary<string, string>())
            {
                extra.Append(name).Append(": ").Append(value).Append("\r\n");
            }

            var length = response.WriteBody is null ? $"Content-Length: {body.Length}\r\n" : string.Empty;
            var head = $"HTTP/1.1 {response.Status} Status\r\nContent-Type: {response.ContentType}\r\n{length}X-Request-Id: req-123\r\n{extra}Connection: close\r\n\r\n";
            try
            {
                await stream.WriteAsync(Encoding.ASCII.GetBytes(head)).ConfigureAwait(false);
                await (response.WriteBody?.Invoke(stream) ?? stream.WriteAsync(body).AsTask()).ConfigureAwait(false);
            }
            catch (IOException)
            {
                // The client stopped reading (a body past its limit): what it received is what the test is about.
            }
        }
    }
}
