using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Benchmarks.Calls;

/// <summary>Answers every request in memory with one fixed JSON body, so a benchmark measures the client, not a network.</summary>
internal sealed class ExampleResponder(byte[] body) : HttpMessageHandler
{
    /// <summary>KPS's documented example of one running task.</summary>
    public const string KpsRunningTasks = """{"total":1,"tasks":[{"task_id":"aee8d2fe-5484-4753-9177-5a38dc15546c","operate_type":"RUNNING_RESET","task_time":"1523342130000","server_name":"Test","server_id":"c9aa197b-a6b6-4c33-b3a6-fa0b4ec50006","keypair_name":"KeyPair-xt"}]}""";

    /// <summary>ACK's documented example of a scale-out task.</summary>
    public const string AckTaskInfo = """{"cluster_id":"c78592bfe92244365b3c3ad47f1de****","created":"2020-11-10T16:02:04+08:00","state":"running","task_id":"T-5faa48fb31b6b8078d000006","task_result":[{"data":"i-xxxxxx","status":"success"},{"data":"i-xxxxxx","status":"failed"}],"task_type":"cluster_scaleout","updated":"2020-11-10T16:03:06+08:00"}""";

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request });
    }
}
