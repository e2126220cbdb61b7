using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using AlibabaCloud.Cs;
using CodeGen.Runtime;
using CodeGen.Runtime.DependencyInjection;
using HuaweiCloud.Kps;
using HuaweiCloud.Workspace;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace CloudTasks;

/// <summary>Registers the three generated clients and prints what each API answers.</summary>
internal static class CloudDemo
{
    public static async Task<int> RunAsync(SampleOptions options, CloudCredentials credentials, Uri? endpoint)
    {
        ServiceProvider registered;
        try
        {
            registered = Register(options, credentials, endpoint);
        }
        catch (ArgumentException invalid)
        {
            // A region or endpoint the generated options refuse.
            Console.Error.WriteLine(invalid.Message);
            return 2;
        }

        await using var provider = registered;
        try
        {
            await PrintRunningTasksAsync(provider.GetRequiredService<IKpsClient>(), credentials.ProjectId);
            await PrintAckTaskAsync(provider.GetRequiredService<ICsClient>(), options.AckTaskId);
            var workspace = provider.GetRequiredService<IWorkspaceClient>();
            await PrintRecordsAsync(workspace, credentials.ProjectId, options.WorkspaceTaskId);
            await PrintHandledErrorAsync(workspace, credentials.ProjectId);
            return 0;
        }
        catch (ApiException failure)
        {
            Console.Error.WriteLine($"The call failed: HTTP {failure.StatusCode}, code {failure.ErrorCode ?? "-"}, request {failure.RequestId ?? "-"}: {failure.ErrorMessage ?? failure.Message}");
            return 1;
        }
    }

    private static ServiceProvider Register(SampleOptions options, CloudCredentials credentials, Uri? endpoint)
    {
        // Retries come first so that the signing handler, closer to the network, signs every attempt afresh;
        // only idempotent requests are retried.
        static void Retries(HttpStandardResilienceOptions resilience) => resilience.Retry.DisableForUnsafeHttpMethods();

        var services = new ServiceCollection();
        var kps = services.AddKpsClient(client =>
            {
                client.Endpoint = endpoint;
                client.Region = options.HuaweiRegion ?? client.Region;
            });
        kps.AddStandardResilienceHandler(Retries);
        kps.AddHuaweiCloudAkSkSigning(credentials.Huawei);

        var workspace = services.AddWorkspaceClient(client =>
            {
                client.Endpoint = endpoint;
                client.Region = options.HuaweiRegion ?? client.Region;
            });
        workspace.AddStandardResilienceHandler(Retries);
        if (credentials.HuaweiToken is { } token)
        {
            workspace.AddHuaweiCloudToken(token);
        }
        else
        {
            workspace.AddHuaweiCloudAkSkSigning(credentials.Huawei);
        }

        var ack = services.AddCsClient(client =>
            {
                client.Endpoint = endpoint;
                client.Region = options.AlibabaRegion ?? client.Region;
            });
        ack.AddStandardResilienceHandler(Retries);
        ack.AddAlibabaCloudSigning(credentials.Alibaba);

        return services.BuildServiceProvider();
    }

    private static async Task PrintRunningTasksAsync(IKpsClient kps, string projectId)
    {
        var tasks = new List<RunningTask>();
        await foreach (var task in kps.ListRunningTaskAllAsync(projectId, pageSize: 3))
        {
            tasks.Add(task);
        }

        TablePrinter.Print(
            $"KPS running tasks ({tasks.Count}, fetched in pages of 3)",
            new[] { "task_id", "operate_type", "known", "task_time (UTC)", "server_name", "keypair_name" },
            tasks.Select(t => new[] { t.TaskId, t.OperateType?.Value, t.OperateType?.IsKnown.ToString(), t.TaskTimeValue?.ToString("u", CultureInfo.InvariantCulture), t.ServerName, t.KeypairName }));
    }

    private static async Task PrintAckTaskAsync(ICsClient ack, string taskId)
    {
        var task = await ack.DescribeTaskInfoAsync(taskId);
        TablePrinter.Print(
            $"ACK task {task.TaskId} ({task.TaskType}, state {task.State?.Value}, created {task.Created?.ToString("u", CultureInfo.InvariantCulture)})",
            new[] { "data", "status", "known" },
            (task.TaskResult ?? new List<TaskResult>()).Select(r => new[] { r.Data, r.Status?.Value, r.Status?.IsKnown.ToString() }));
    }

    private static async Task PrintRecordsAsync(IWorkspaceClient workspace, string projectId, string taskId)
    {
        var records = new List<ScheduledTasksRecords>();
        await foreach (var record in workspace.ListScheduledTasksRecordsAllAsync(projectId, taskId, pageSize: 5))
        {
            records.Add(record);
        }

        TablePrinter.Print(
            $"Workspace execution records ({records.Count}, fetched in pages of 5)",
            new[] { "id", "start_time", "time_zone", "start (UTC)", "task_type", "status", "ok", "failed" },
            records.Select(r => new[]
            {
                r.Id, r.StartTime, r.TimeZone, r.StartTimeOffset?.UtcDateTime.ToString("u", CultureInfo.InvariantCulture), r.TaskType?.Value, r.Status,
                r.SuccessNum?.ToString(CultureInfo.InvariantCulture), r.FailedNum?.ToString(CultureInfo.InvariantCulture),
            }));
    }

    private static async Task PrintHandledErrorAsync(IWorkspaceClient workspace, string projectId)
    {
        try
        {
            await workspace.ListScheduledTasksRecordsAsync(projectId, "no-such-task");
        }
        catch (ApiException failure)
        {
            Console.WriteLine();
            Console.WriteLine($"Handled error: HTTP {failure.StatusCode}, code {failure.ErrorCode}: {failure.GetError<HuaweiCloud.Workspace.ErrorResponse>()?.ErrorDetail ?? failure.ErrorMessage}");
        }
    }
}
