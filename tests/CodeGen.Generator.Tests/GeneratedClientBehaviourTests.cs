using System;
using System.Linq;
using System.Threading.Tasks;
using CodeGen.Generator.Tests.Infrastructure;
using CodeGen.Runtime;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>What generated clients do at run time, over real HTTP on 127.0.0.1.</summary>
public sealed class GeneratedClientBehaviourTests
{
    private const string KpsExample = """
        {"total":1,"tasks":[{"task_id":"aee8d2fe-5484-4753-9177-5a38dc15546c","operate_type":"RUNNING_RESET","task_time":"1523342130000","server_name":"Test","server_id":"c9aa197b-a6b6-4c33-b3a6-fa0b4ec50006","keypair_name":"KeyPair-xt"}]}
        """;

    private static readonly Lazy<GeneratedCode> Kps = new(() => GeneratedCode.Compile(
        Spec.FromFile("specs/huaweicloud/kps.yaml", "HuaweiCloud.Kps", "KpsClient"),
        """
        using System;
        using System.Net.Http;
        using System.Text.Json;
        using System.Threading.Tasks;
        using HuaweiCloud.Kps;

        public static class Probe
        {
            public static string RoundTrip(string json)
            {
                var page = JsonSerializer.Deserialize(json, KpsClientJsonContext.Default.RunningTasks)!;
                var type = page.Tasks![0].OperateType!.Value;
                return type.Value + "|" + type.IsKnown + "|" + (type == RunningTaskOperateType.FailedReset) + "|" + JsonSerializer.Serialize(page, KpsClientJsonContext.Default.RunningTasks);
            }

            public static async Task<string> List(Uri baseAddress, string projectId, int? limit, int? offset)
            {
                using var http = new HttpClient { BaseAddress = baseAddress };
                var page = await new KpsClient(http).ListRunningTaskAsync(projectId, limit, offset);
                return page.Total + "|" + page.Tasks![0].OperateType + "|" + page.Tasks[0].TaskTime;
            }

            public static async Task<string> ListExpectingError(Uri baseAddress)
            {
                using var http = new HttpClient { BaseAddress = baseAddress };
                try
                {
                    await new KpsClient(http).ListRunningTaskAsync("p");
                    return "no exception";
                }
                catch (CodeGen.Runtime.ApiException exception)
                {
                    var error = exception.GetError<ErrorResponse>();
                    return exception.StatusCode + "|" + error?.ErrorCode + "|" + error?.ErrorMsg + "|" + exception.RequestId + "|" + exception.Message;
                }
            }
        }
        """));

    private static readonly Lazy<GeneratedCode> Workspace = new(() => GeneratedCode.Compile(
        Spec.FromFile("specs/huaweicloud/workspace.yaml", "HuaweiCloud.Workspace", "WorkspaceClient"),
        """
        using System;
        using System.Net.Http;
        using System.Threading.Tasks;
        using HuaweiCloud.Workspace;

        public static class Probe
        {
            public static async Task<int> Records(Uri baseAddress, string projectId, string taskId)
            {
                using var http = new HttpClient { BaseAddress = baseAddress };
                var page = await new WorkspaceClient(http).ListScheduledTasksRecordsAsync(projectId, taskId);
                return page.TotalCount ?? -1;
            }
        }
        """));

    [Fact]
    public void An_unknown_enum_value_deserializes_and_round_trips_unchanged()
    {
        var result = Kps.Value.Call<string>("RoundTrip", KpsExample);

        var parts = result.Split('|', 4);
        Assert.Equal("RUNNING_RESET", parts[0]);
        Assert.Equal("False", parts[1]);
        Assert.Equal("False", parts[2]);
        Assert.Equal(KpsExample, parts[3]);
    }

    [Fact]
    public async Task A_call_sends_the_documented_path_and_query_and_reads_the_example()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", KpsExample);

        var result = await Kps.Value.CallAsync<string>("List", server.BaseAddress, "0123456789abcdef0123456789abcdef", 10, 20);

        Assert.Equal("1|RUNNING_RESET|1523342130000", result);
        Assert.Equal("/v3/0123456789abcdef0123456789abcdef/running-tasks?limit=10&offset=20", Assert.Single(server.Targets));
    }

    [Fact]
    public async Task Omitted_optional_parameters_are_not_sent()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", KpsExample);

        await Kps.Value.CallAsync<string>("List", server.BaseAddress, "p", null, null);

        Assert.Equal("/v3/p/running-tasks", Assert.Single(server.Targets));
    }

    [Fact]
    public async Task An_error_status_throws_ApiException_with_the_typed_error_and_request_id()
    {
        await using var server = new LoopbackHttpServer(400, "application/json", """{"error_code":"KPS.0001","error_msg":"Invalid project"}""");

        var result = await Kps.Value.CallAsync<string>("ListExpectingError", server.BaseAddress);

        var parts = result.Split('|');
        Assert.Equal(new[] { "400", "KPS.0001", "Invalid project", "req-123" }, parts.Take(4));
        Assert.Contains("code KPS.0001: Invalid project", parts[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_html_error_page_still_gives_an_ApiException_with_the_body()
    {
        await using var server = new LoopbackHttpServer(502, "text/html", "<html><body>Bad gateway</body></html>");

        var result = await Kps.Value.CallAsync<string>("ListExpectingError", server.BaseAddress);

        Assert.StartsWith("502|||req-123|The service answered 502", result, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_json_in_a_success_response_throws_with_the_raw_body()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", """{"total": 1, "tasks": [ {"task_id": """);

        var exception = await Assert.ThrowsAsync<ApiException>(() => Kps.Value.CallAsync<string>("List", server.BaseAddress, "p", null, null));

        Assert.Equal(200, exception.StatusCode);
        Assert.Equal("""{"total": 1, "tasks": [ {"task_id": """, exception.ResponseBody);
        Assert.Contains("not valid JSON", exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../x", "..%2Fx")]
    [InlineData("a/b", "a%2Fb")]
    [InlineData("%2F", "%252F")]
    [InlineData("with space", "with%20space")]
    [InlineData("q?x=1#frag", "q%3Fx%3D1%23frag")]
    [InlineData("任务", "%E4%BB%BB%E5%8A%A1")]
    public async Task A_hostile_path_parameter_arrives_as_one_escaped_segment(string taskId, string expectedSegment)
    {
        await using var server = new LoopbackHttpServer(200, "application/json", """{"tasks_records":[],"total_count":0}""");

        var total = await Workspace.Value.CallAsync<int>("Records", server.BaseAddress, "project", taskId);

        Assert.Equal(0, total);
        var target = Assert.Single(server.Targets);
        Assert.Equal("/v2/project/scheduled-tasks/" + expectedSegment + "/records", target);
        Assert.Equal(taskId, Uri.UnescapeDataString(target.Split('/')[4]));
    }

    [Fact]
    public async Task An_empty_path_parameter_is_refused_before_sending()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");

        await Assert.ThrowsAsync<ArgumentException>(() => Workspace.Value.CallAsync<int>("Records", server.BaseAddress, "project", string.Empty));

        Assert.Empty(server.Targets);
    }
}
