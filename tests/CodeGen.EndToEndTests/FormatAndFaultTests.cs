using System;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CloudTasks.FakeCloud;
using CodeGen.Runtime;
using HuaweiCloud.Kps;
using Xunit;

namespace CodeGen.EndToEndTests;

/// <summary>Quirky values, broken bodies, big bodies and hostile path values, through the generated clients.</summary>
public sealed class FormatAndFaultTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Unknown_enum_values_and_malformed_times_survive_a_round_trip_without_failing_the_page()
    {
        await using var fixture = await CloudFixture.StartAsync();
        fixture.Cloud.Script(new ScriptedResponse(200, "application/json", """
            {"total":2,"tasks":[
              {"task_id":"a","operate_type":"BRAND_NEW_TYPE","task_time":"not-a-number"},
              {"task_id":"b","operate_type":"RUNNING_RESET","task_time":"1523342130000"}]}
            """));

        var page = await fixture.Kps.ListRunningTaskAsync(SampleData.ProjectId, cancellationToken: Cancel);
        var json = JsonSerializer.Serialize(page, KpsClientJsonContext.Default.RunningTasks);

        var (odd, documented) = (page.Tasks![0], page.Tasks[1]);
        Assert.Equal(("BRAND_NEW_TYPE", false), (odd.OperateType!.Value.Value, odd.OperateType.Value.IsKnown));
        Assert.Equal("not-a-number", odd.TaskTime);
        Assert.Null(odd.TaskTimeValue);
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1523342130000), documented.TaskTimeValue);
        Assert.Contains("\"operate_type\":\"BRAND_NEW_TYPE\"", json, StringComparison.Ordinal);
        Assert.Contains("\"task_time\":\"not-a-number\"", json, StringComparison.Ordinal);
        Assert.Contains("\"operate_type\":\"RUNNING_RESET\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sdk_only_task_fields_are_read_with_outputs_as_a_map_as_the_vendor_sdk_types_them()
    {
        await using var fixture = await CloudFixture.StartAsync();
        fixture.Cloud.Script(new ScriptedResponse(200, "application/json", """
            {"task_id":"T-1","state":"fail","current_stage":"Scale","outputs":{"nodes":["i-1"],"count":1},
             "parameters":{"size":2},"target":{"id":"c-1","type":"cluster"},
             "stages":[{"state":"failed","outputs":{"reason":"quota"}}],
             "events":[{"action":"start","timestamp":"1605000000000"}],"error":{"code":"Quota","message":"no quota"}}
            """));

        var task = await fixture.Ack.DescribeTaskInfoAsync(SampleData.AckTaskId, Cancel);

        Assert.Equal(("i-1", 1), (task.Outputs!["nodes"][0].GetString(), task.Outputs["count"].GetInt32()));
        Assert.Equal("quota", task.Stages!.Single().Outputs!["reason"].GetString());
        Assert.Equal((2, "cluster", "Quota", "start"), (task.Parameters!["size"].GetInt32(), task.Target!.Type, task.Error!.Code, task.Events!.Single().Action));
        Assert.Equal(("fail", true), (task.State!.Value.Value, task.State.Value.IsKnown));
    }

    [Fact]
    public async Task A_local_start_time_is_read_in_its_time_zone_and_kept_as_sent()
    {
        await using var fixture = await CloudFixture.StartAsync();

        var record = (await fixture.Workspace.ListScheduledTasksRecordsAsync(SampleData.ProjectId, SampleData.ScheduledTaskId, limit: 1, cancellationToken: Cancel)).TasksRecords!.Single();

        Assert.Equal(("2022-12-20 09:00:00", "Asia/Shanghai"), (record.StartTime, record.TimeZone));
        Assert.Equal(new DateTimeOffset(2022, 12, 20, 9, 0, 0, TimeSpan.FromHours(8)), record.StartTimeOffset);
        Assert.Equal(TimeSpan.FromHours(8), record.StartTimeOffset!.Value.Offset);
    }

    [Fact]
    public async Task A_success_with_malformed_json_is_an_exception_carrying_the_raw_body()
    {
        await using var fixture = await CloudFixture.StartAsync();
        fixture.Cloud.Script(new ScriptedResponse(200, "application/json", "{\"total\":1,\"tasks\":[{\"task_id\":"));

        var error = await Assert.ThrowsAsync<ApiException>(() => fixture.Kps.ListRunningTaskAsync(SampleData.ProjectId, cancellationToken: Cancel));

        Assert.Equal(200, error.StatusCode);
        Assert.Equal("{\"total\":1,\"tasks\":[{\"task_id\":", error.ResponseBody);
        Assert.IsAssignableFrom<JsonException>(error.InnerException);
    }

    [Fact]
    public async Task An_html_error_page_is_still_a_useful_exception()
    {
        await using var fixture = await CloudFixture.StartAsync();
        fixture.Cloud.Script(new ScriptedResponse(502, "text/html", "<html><body><h1>502 Bad Gateway</h1></body></html>"));

        var error = await Assert.ThrowsAsync<ApiException>(() => fixture.Ack.DescribeTaskInfoAsync(SampleData.AckTaskId, Cancel));

        Assert.Equal(502, error.StatusCode);
        Assert.Null(error.ErrorCode);
        Assert.Contains("502", error.Message, StringComparison.Ordinal);
        Assert.Contains("<h1>502 Bad Gateway</h1>", error.ResponseBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_ten_megabyte_page_is_read_whole_and_a_ten_megabyte_error_is_capped()
    {
        await using var fixture = await CloudFixture.StartAsync();
        var task = SampleData.RunningTasks[1];
        var count = (10 * 1024 * 1024 / task.Length) + 1;
        var body = new StringBuilder("{\"total\":").Append(count).Append(",\"tasks\":[").AppendJoin(',', Enumerable.Repeat(task, count)).Append("]}").ToString();
        fixture.Cloud.Script(new ScriptedResponse(200, "application/json", body));
        fixture.Cloud.Script(new ScriptedResponse(500, "application/json", "{\"error_code\":\"KPS.0500\",\"error_msg\":\"" + new string('x', 10 * 1024 * 1024) + "\"}"));

        var page = await fixture.Kps.ListRunningTaskAsync(SampleData.ProjectId, cancellationToken: Cancel);
        var error = await Assert.ThrowsAsync<ApiException>(() => fixture.Kps.ListRunningTaskAsync(SampleData.ProjectId, cancellationToken: Cancel));

        Assert.True(body.Length > 10 * 1024 * 1024);
        Assert.Equal(count, page.Tasks!.Count);
        Assert.Equal(500, error.StatusCode);
        Assert.True(error.ResponseBody!.Length <= ApiException.MaxBodyLength);
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/b")]
    [InlineData("%2F")]
    [InlineData("with space")]
    [InlineData("ünïcødé-任务")]
    [InlineData("q?x=1#frag")]
    public async Task A_hostile_task_id_reaches_the_server_as_one_escaped_segment_and_still_verifies(string taskId)
    {
        await using var fixture = await CloudFixture.StartAsync();

        // A 404 (not 403) means the server recomputed the same ACS3 signature over the escaped path.
        var error = await Assert.ThrowsAsync<ApiException>(() => fixture.Ack.DescribeTaskInfoAsync(taskId, Cancel));

        Assert.Equal((404, "ErrorTaskNotFound"), (error.StatusCode, error.ErrorCode));
        var target = Assert.Single(fixture.Cloud.ReceivedTargets);
        Assert.StartsWith("/tasks/", target, StringComparison.Ordinal);
        var segment = target.Substring("/tasks/".Length);
        Assert.DoesNotContain('/', segment);
        Assert.DoesNotContain('?', segment);
        Assert.Equal(taskId, Uri.UnescapeDataString(segment));
    }

    [Fact]
    public async Task With_resilience_added_before_signing_a_failed_GET_is_retried_with_a_fresh_signature()
    {
        await using var fixture = await CloudFixture.StartAsync(retries: true);
        fixture.Cloud.Script(new ScriptedResponse(503, "application/json", "{\"code\":\"ServiceUnavailable\",\"message\":\"Try again.\",\"requestId\":\"r-1\"}"));

        // The fake cloud refuses a nonce it has seen: the retry only passes if it was signed again.
        var task = await fixture.Ack.DescribeTaskInfoAsync(SampleData.AckTaskId, Cancel);

        Assert.Equal(SampleData.AckTaskId, task.TaskId);
        Assert.Equal(2, fixture.Cloud.ReceivedTargets.Count);
    }

    [Theory]
    [InlineData("..")]
    [InlineData("%2E%2E")]
    [InlineData(".")]
    public async Task A_dot_segment_task_id_is_refused_before_it_can_climb_out_of_the_path(string taskId)
    {
        await using var fixture = await CloudFixture.StartAsync();

        // Kestrel, like the real gateways, decodes and then removes dot segments: /tasks/%2E%2E would reach /.
        var error = await Assert.ThrowsAsync<ArgumentException>(() => fixture.Ack.DescribeTaskInfoAsync(taskId, Cancel));

        Assert.Contains("\"..\"", error.Message, StringComparison.Ordinal);
        Assert.Empty(fixture.Cloud.ReceivedTargets);
    }
}
