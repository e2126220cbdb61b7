using System.Threading;
using System.Threading.Tasks;
using Refit;

namespace CodeGen.Benchmarks.Calls;

/// <summary>The same two operations as Refit interfaces over the baseline's models and JSON context.</summary>
internal interface IKpsRefitApi
{
    [Get("/v3/{projectId}/running-tasks")]
    Task<BaselineRunningTasks> ListRunningTaskAsync(string projectId, CancellationToken cancellationToken = default);
}

/// <summary>ACK's task lookup.</summary>
internal interface ICsRefitApi
{
    [Get("/tasks/{taskId}")]
    [Headers("x-acs-action: DescribeTaskInfo", "x-acs-version: 2015-12-15")]
    Task<BaselineTaskInfo> DescribeTaskInfoAsync(string taskId, CancellationToken cancellationToken = default);
}
