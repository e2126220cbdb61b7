using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Benchmarks.Calls;

/// <summary>The hand-written limit: what a careful engineer writes with HttpClient and source-generated System.Text.Json.</summary>
internal sealed class BaselineClient(HttpClient httpClient)
{
    public async Task<BaselineRunningTasks> ListRunningTaskAsync(string projectId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "v3/" + System.Uri.EscapeDataString(projectId) + "/running-tasks");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BaselineJsonContext.Default.BaselineRunningTasks, cancellationToken).ConfigureAwait(false))!;
    }

    public async Task<BaselineTaskInfo> DescribeTaskInfoAsync(string taskId, CancellationToken cancellationToken = default)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "tasks/" + System.Uri.EscapeDataString(taskId));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        request.Headers.TryAddWithoutValidation("x-acs-action", "DescribeTaskInfo");
        request.Headers.TryAddWithoutValidation("x-acs-version", "2015-12-15");
        using var response = await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync(BaselineJsonContext.Default.BaselineTaskInfo, cancellationToken).ConfigureAwait(false))!;
    }
}

internal sealed class BaselineRunningTasks
{
    [JsonPropertyName("total")]
    public int? Total { get; set; }

    [JsonPropertyName("tasks")]
    public List<BaselineRunningTask>? Tasks { get; set; }
}

internal sealed class BaselineRunningTask
{
    [JsonPropertyName("task_id")]
    public string? TaskId { get; set; }

    [JsonPropertyName("operate_type")]
    public string? OperateType { get; set; }

    [JsonPropertyName("task_time")]
    public string? TaskTime { get; set; }

    [JsonPropertyName("server_name")]
    public string? ServerName { get; set; }

    [JsonPropertyName("server_id")]
    public string? ServerId { get; set; }

    [JsonPropertyName("keypair_name")]
    public string? KeypairName { get; set; }
}

internal sealed class BaselineTaskInfo
{
    [JsonPropertyName("cluster_id")]
    public string? ClusterId { get; set; }

    [JsonPropertyName("created")]
    public System.DateTimeOffset? Created { get; set; }

    [JsonPropertyName("state")]
    public string? State { get; set; }

    [JsonPropertyName("task_id")]
    public string? TaskId { get; set; }

    [JsonPropertyName("task_result")]
    public List<BaselineTaskResult>? TaskResult { get; set; }

    [JsonPropertyName("task_type")]
    public string? TaskType { get; set; }

    [JsonPropertyName("updated")]
    public System.DateTimeOffset? Updated { get; set; }
}

internal sealed class BaselineTaskResult
{
    [JsonPropertyName("data")]
    public string? Data { get; set; }

    [JsonPropertyName("status")]
    public string? Status { get; set; }
}

[JsonSerializable(typeof(BaselineRunningTasks))]
[JsonSerializable(typeof(BaselineTaskInfo))]
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
internal sealed partial class BaselineJsonContext : JsonSerializerContext
{
}
