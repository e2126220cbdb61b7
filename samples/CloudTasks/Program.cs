using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AlibabaCloud.Cs;
using CloudTasks;
using CloudTasks.FakeCloud;
using CodeGen.Runtime;
using CodeGen.Runtime.AlibabaCloud;
using CodeGen.Runtime.DependencyInjection;
using CodeGen.Runtime.HuaweiCloud;
using HuaweiCloud.Kps;
using HuaweiCloud.Workspace;
using Microsoft.Extensions.DependencyInjection;

// Starts a local stand-in for the three clouds, then calls them through the generated clients,
// registered with IHttpClientFactory and authenticated by the runtime's signing handlers.
var credentials = DemoCredentials.Create();
await using var cloud = await FakeCloudServer.StartAsync(credentials);
Console.WriteLine($"Fake cloud listening on {cloud.Address}");

var services = new ServiceCollection();
services.AddHttpClient<IKpsClient, KpsClient>(client => client.BaseAddress = cloud.Address)
    .AddHuaweiCloudAkSkSigning(new HuaweiCloudCredentials(credentials.HuaweiAccessKey, credentials.HuaweiSecretKey, "0123456789abcdef0123456789abcdef"));
services.AddHttpClient<IWorkspaceClient, WorkspaceClient>(client => client.BaseAddress = cloud.Address)
    .AddHuaweiCloudToken(credentials.HuaweiToken);
services.AddHttpClient<ICsClient, CsClient>(client => client.BaseAddress = cloud.Address)
    .AddAlibabaCloudSigning(new AlibabaCloudCredentials(credentials.AlibabaAccessKeyId, credentials.AlibabaSecret));
await using var provider = services.BuildServiceProvider();

// Huawei Cloud KPS, AK/SK-signed, walking every page of three.
var kps = provider.GetRequiredService<IKpsClient>();
var tasks = new List<RunningTask>();
for (int offset = 0, total = int.MaxValue; offset < total;)
{
    var page = await kps.ListRunningTaskAsync("0123456789abcdef0123456789abcdef", limit: 3, offset: offset);
    total = page.Total ?? 0;
    var items = page.Tasks ?? new List<RunningTask>();
    if (items.Count == 0)
    {
        break;
    }

    tasks.AddRange(items);
    offset += items.Count;
}

TablePrinter.Print(
    $"KPS running tasks ({tasks.Count}, pages of 3)",
    new[] { "task_id", "operate_type", "known", "task_time (UTC)", "server_name", "keypair_name" },
    tasks.Select(t => new[] { t.TaskId, t.OperateType?.Value, t.OperateType?.IsKnown.ToString(), t.TaskTimeValue?.ToString("u", CultureInfo.InvariantCulture), t.ServerName, t.KeypairName }));

// Alibaba Cloud ACK, ACS3-signed.
var ack = provider.GetRequiredService<ICsClient>();
var task = await ack.DescribeTaskInfoAsync("T-5faa48fb31b6b8078d000006");
TablePrinter.Print(
    $"ACK task {task.TaskId} ({task.TaskType}, state {task.State?.Value}, created {task.Created:u})",
    new[] { "data", "status", "known" },
    (task.TaskResult ?? new List<TaskResult>()).Select(r => new[] { r.Data, r.Status?.Value, r.Status?.IsKnown.ToString() }));

// Huawei Cloud Workspace, IAM token.
var workspace = provider.GetRequiredService<IWorkspaceClient>();
var records = await workspace.ListScheduledTasksRecordsAsync("0123456789abcdef0123456789abcdef", "9f0c3c57-2b1e-4d55-9d3a-6b1c2f5e7a10", offset: 0, limit: 5);
TablePrinter.Print(
    $"Workspace execution records (first 5 of {records.TotalCount})",
    new[] { "id", "start_time", "time_zone", "start (UTC)", "task_type", "status", "ok", "failed" },
    (records.TasksRecords ?? new List<ScheduledTasksRecords>()).Select(r => new[]
    {
        r.Id, r.StartTime, r.TimeZone, r.StartTimeOffset?.UtcDateTime.ToString("u", CultureInfo.InvariantCulture), r.TaskType?.Value, r.Status,
        r.SuccessNum?.ToString(CultureInfo.InvariantCulture), r.FailedNum?.ToString(CultureInfo.InvariantCulture),
    }));

// A handled error: the vendor's 400 body arrives as ApiException with its fields.
try
{
    await workspace.ListScheduledTasksRecordsAsync("0123456789abcdef0123456789abcdef", "no-such-task");
}
catch (ApiException exception)
{
    Console.WriteLine();
    Console.WriteLine($"Handled error: HTTP {exception.StatusCode}, code {exception.ErrorCode}: {exception.GetError<HuaweiCloud.Workspace.ErrorResponse>()?.ErrorDetail}");
}

return 0;
