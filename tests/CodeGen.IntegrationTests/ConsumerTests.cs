using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading.Tasks;
using AlibabaCloud.Cs;
using CodeGen.Generator.Tests.Infrastructure;
using CodeGen.Runtime;
using HuaweiCloud.Kps;
using HuaweiCloud.Workspace;
using Xunit;

namespace CodeGen.IntegrationTests;

/// <summary>The generated clients as a consumer project builds them, with reflection-based JSON disabled.</summary>
public sealed class ConsumerTests
{
    /// <summary>Guards the premise of the other tests: reflection-based JSON fails in this process.</summary>
    [Fact]
    public void Reflection_based_serialization_is_really_off_in_this_process()
    {
        Assert.False(JsonSerializer.IsReflectionEnabledByDefault);
#pragma warning disable IL2026, IL3050 // The point: reflection-based serialization must fail here.
        Assert.Throws<InvalidOperationException>(() => JsonSerializer.Serialize(new RunningTask()));
#pragma warning restore IL2026, IL3050
    }

    /// <summary>The repaired ACK example reads, keeping the misspelt status.</summary>
    [Fact]
    public void The_ACK_example_deserializes_with_the_documented_quirks_kept()
    {
        const string example = """
            {"cluster_id":"c78592bfe92244365b3c3ad47f1de****","created":"2020-11-10T16:02:04+08:00","state":"running","task_id":"T-5faa48fb31b6b8078d000006",
             "task_result":[{"data":"i-xxxxxx","status":"success"},{"data":"i-xxxxxx","status":"initail"}],"task_type":"cluster_scaleout","updated":"2020-11-10T16:03:06+08:00"}
            """;

        var task = JsonSerializer.Deserialize(example, CsClientJsonContext.Default.DescribeTaskInfoResponse)!;

        Assert.Equal(new DateTimeOffset(2020, 11, 10, 16, 2, 4, TimeSpan.FromHours(8)), task.Created);
        Assert.Equal(new[] { "success", "initail" }, task.TaskResult!.Select(r => r.Status!.Value.Value));
        Assert.Contains("\"status\":\"initail\"", JsonSerializer.Serialize(task, CsClientJsonContext.Default.DescribeTaskInfoResponse), StringComparison.Ordinal);
    }

    /// <summary>A full call through the generated client and its JSON metadata.</summary>
    [Fact]
    public async Task A_generated_client_calls_a_loopback_server_with_reflection_off()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", """
            {"tasks_records":[{"id":"2b31e-d520xxxx-xxebedb6-e57xxxxxx","start_time":"2022-12-31 09:00:00","task_type":"START","scheduled_type":"FIXED_TIME","status":"SUCCESS","success_num":1,"failed_num":1,"skip_num":1,"time_zone":"Asia/Shanghai","execute_task_id":"string","execute_object_type":"string"}],"total_count":10}
            """);
        using var http = new HttpClient { BaseAddress = server.BaseAddress };
        IWorkspaceClient client = new WorkspaceClient(http);

        var page = await client.ListScheduledTasksRecordsAsync("project", "task", offset: 0, limit: 10, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal(10, page.TotalCount);
        var record = Assert.Single(page.TasksRecords!);
        Assert.Equal("2022-12-31 09:00:00", record.StartTime);
        Assert.Equal("/v2/project/scheduled-tasks/task/records?offset=0&limit=10", Assert.Single(server.Targets));
    }

    /// <summary>An error body declared by the spec is deserialized into its model.</summary>
    [Fact]
    public async Task A_declared_error_body_arrives_typed_with_reflection_off()
    {
        await using var server = new LoopbackHttpServer(500, "application/json", """{"error_code":"WKS.0999","error_msg":"Internal error","error_detail":"retry later"}""");
        using var http = new HttpClient { BaseAddress = server.BaseAddress };

        var exception = await Assert.ThrowsAsync<ApiException>(() => new WorkspaceClient(http).ListScheduledTasksRecordsAsync("p", "t", cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(500, exception.StatusCode);
        Assert.Equal("retry later", exception.GetError<HuaweiCloud.Workspace.ErrorResponse>()!.ErrorDetail);
        Assert.Equal("WKS.0999", exception.ErrorCode);
    }

    /// <summary>The vendors' odd time strings read as typed values while the raw text round-trips.</summary>
    [Fact]
    public void Vendor_time_formats_have_typed_accessors_and_keep_the_raw_text()
    {
        var task = JsonSerializer.Deserialize("""{"task_id":"t","task_time":"1523342130000"}""", KpsClientJsonContext.Default.RunningTask)!;
        var record = JsonSerializer.Deserialize("""{"start_time":"2022-12-31 09:00:00","time_zone":"Asia/Shanghai"}""", WorkspaceClientJsonContext.Default.ScheduledTasksRecords)!;
        var broken = JsonSerializer.Deserialize("""{"start_time":"31/12/2022","time_zone":"Nowhere/Land"}""", WorkspaceClientJsonContext.Default.ScheduledTasksRecords)!;

        Assert.Equal(new DateTimeOffset(2018, 4, 10, 6, 35, 30, TimeSpan.Zero), task.TaskTimeValue);
        Assert.Equal("""{"task_id":"t","task_time":"1523342130000"}""", JsonSerializer.Serialize(task, KpsClientJsonContext.Default.RunningTask));
        Assert.Equal(new DateTime(2022, 12, 31, 9, 0, 0), record.StartTimeValue);
        Assert.Equal(new DateTimeOffset(2022, 12, 31, 9, 0, 0, TimeSpan.FromHours(8)), record.StartTimeOffset);
        Assert.Null(broken.StartTimeValue);
        Assert.Null(broken.StartTimeOffset);
        Assert.Equal("31/12/2022", broken.StartTime);
    }

    /// <summary>The first server of each spec, with its region default, is the client's default.</summary>
    [Fact]
    public void The_default_server_comes_from_the_spec()
    {
        Assert.Equal("https://kms.cn-north-4.myhuaweicloud.com", KpsClient.DefaultServerUrl);
        Assert.Equal("https://cs.cn-hangzhou.aliyuncs.com", CsClient.DefaultServerUrl);
    }
}
