using System.Collections.Generic;
using System.Linq;

namespace CloudTasks.FakeCloud;

/// <summary>Data built from the vendors' example responses, quirks included (RUNNING_RESET, initail).</summary>
public static class SampleData
{
    public const string ProjectId = "0123456789abcdef0123456789abcdef";
    public const string ScheduledTaskId = "9f0c3c57-2b1e-4d55-9d3a-6b1c2f5e7a10";

    /// <summary>A scheduled task whose records the service fails to read: the documented 500 body.</summary>
    public const string FailingScheduledTaskId = "fails-with-500";
    public const string AckTaskId = "T-5faa48fb31b6b8078d000006";

    private static readonly string[] OperateTypes = { "RUNNING_RESET", "FAILED_RESET", "FAILED_REPLACE", "FAILED_UNBIND" };

    public static readonly IReadOnlyList<string> RunningTasks = Enumerable.Range(0, 7).Select(i =>
        i == 0
            ? """{"task_id":"aee8d2fe-5484-4753-9177-5a38dc15546c","operate_type":"RUNNING_RESET","task_time":"1523342130000","server_name":"Test","server_id":"c9aa197b-a6b6-4c33-b3a6-fa0b4ec50006","keypair_name":"KeyPair-xt"}"""
            : $$"""{"task_id":"aee8d2fe-5484-4753-9177-5a38dc1554{{i:00}}","operate_type":"{{OperateTypes[i % OperateTypes.Length]}}","task_time":"{{1523342130000L + (i * 3_600_000L)}}","server_name":"ecs-{{i}}","server_id":"c9aa197b-a6b6-4c33-b3a6-fa0b4ec500{{i:00}}","keypair_name":"KeyPair-{{i}}"}""").ToList();

    public static readonly IReadOnlyList<string> Records = Enumerable.Range(0, 12).Select(i =>
        $$"""{"id":"2b31e-d520xxxx-xxebedb6-e57xxx{{i:000}}","start_time":"2022-12-{{20 + (i % 10)}} 09:00:00","task_type":"{{(i % 3 == 0 ? "START" : i % 3 == 1 ? "STOP" : "REBOOT")}}","scheduled_type":"FIXED_TIME","status":"SUCCESS","success_num":{{i + 1}},"failed_num":{{i % 2}},"skip_num":0,"time_zone":"Asia/Shanghai","execute_task_id":"string","execute_object_type":"string"}""").ToList();

    public const string AckTask = """
        {"cluster_id":"c78592bfe92244365b3c3ad47f1de****","created":"2020-11-10T16:02:04+08:00","state":"running","task_id":"T-5faa48fb31b6b8078d000006","task_result":[{"data":"i-xxxxxx","status":"success"},{"data":"i-xxxxxx","status":"failed"},{"data":"i-yyyyyy","status":"initail"}],"task_type":"cluster_scaleout","updated":"2020-11-10T16:03:06+08:00"}
        """;
}
