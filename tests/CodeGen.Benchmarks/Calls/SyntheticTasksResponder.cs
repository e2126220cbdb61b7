using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Benchmarks.Calls;

/// <summary>
/// Answers with a KPS running-tasks page of about <paramref name="bodyBytes"/> bytes, written as it is read and never
/// held in memory, without a Content-Length: what a hostile or runaway server streams.
/// </summary>
internal sealed class SyntheticTasksResponder(long bodyBytes) : HttpMessageHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new StreamContent(new TasksStream(bodyBytes));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }

    /// <summary>Produces <c>{"total":1,"tasks":[task,task,…]}</c>, one task after another until the size is reached.</summary>
    private sealed class TasksStream(long size) : Stream
    {
        private static readonly byte[] Head = Encoding.ASCII.GetBytes("""{"total":1,"tasks":[""");
        private static readonly byte[] Task = Encoding.ASCII.GetBytes("""{"task_id":"aee8d2fe-5484-4753-9177-5a38dc15546c","operate_type":"RUNNING_RESET","task_time":"1523342130000","server_name":"Test","server_id":"c9aa197b-a6b6-4c33-b3a6-fa0b4ec50006","keypair_name":"KeyPair-xt"},""");
        private static readonly byte[] Last = Encoding.ASCII.GetBytes("""{"task_id":"last"}]}""");

        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var written = 0;
            while (written < buffer.Length && Next() is { Length: > 0 } part)
            {
                var take = Math.Min(part.Length, buffer.Length - written);
                part[..take].CopyTo(buffer[written..]);
                written += take;
                _position += take;
            }

            return written;
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) => new(Read(buffer.Span));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) => System.Threading.Tasks.Task.FromResult(Read(buffer, offset, count));

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        // The rest of the part the position falls in: the head, a task, or the closing task.
        private ReadOnlySpan<byte> Next()
        {
            if (_position < Head.Length)
            {
                return Head.AsSpan((int)_position);
            }

            var tasksEnd = Head.Length + (Math.Max(0, size - Head.Length - Last.Length) / Task.Length * Task.Length);
            if (_position < tasksEnd)
            {
                return Task.AsSpan((int)((_position - Head.Length) % Task.Length));
            }

            var last = _position - tasksEnd;
            return last < Last.Length ? Last.AsSpan((int)last) : ReadOnlySpan<byte>.Empty;
        }
    }
}
