using System;
using System.Collections.Concurrent;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudTasks.FakeCloud;

/// <summary>How the KPS listing answers page requests.</summary>
public enum PagingBehaviour
{
    /// <summary>Pages as documented.</summary>
    Honest,

    /// <summary>Every request gets the first page, whatever the offset.</summary>
    IgnoresOffset,

    /// <summary>Each page reports a larger total and more items keep coming.</summary>
    GrowingTotal,
}

/// <summary>A response the server gives once, after authentication, instead of the operation's own.</summary>
public sealed record ScriptedResponse(int Status, string ContentType, string Body);

/// <summary>
/// The three documented operations served on 127.0.0.1, from the vendors' example data, checking
/// credentials as the real gateways do. Answers in each vendor's error format.
/// </summary>
public sealed class FakeCloudServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedResponse> _script = new();

    private FakeCloudServer(WebApplication app)
    {
        _app = app;
        Address = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
    }

    /// <summary>The server's base address, <c>http://127.0.0.1:{port}/</c>.</summary>
    public Uri Address { get; }

    /// <summary>How the KPS listing pages.</summary>
    public PagingBehaviour KpsPaging { get; set; } = PagingBehaviour.Honest;

    /// <summary>The request targets (path and query) as they arrived, before any decoding.</summary>
    public ConcurrentQueue<string> ReceivedTargets { get; } = new();

    /// <summary>The ACK task IDs as the route decoded them.</summary>
    public ConcurrentQueue<string> ReceivedTaskIds { get; } = new();

    /// <summary>Starts the server on a free loopback port.</summary>
    /// <param name="credentials">The credentials requests must be signed with.</param>
    public static async Task<FakeCloudServer> StartAsync(DemoCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new Holder();
        var nonces = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);

        app.Use(async (context, next) =>
        {
            server.Value!.ReceivedTargets.Enqueue(context.Features.Get<IHttpRequestFeature>()!.RawTarget);
            await next(context);
        });

        app.MapGet("/v3/{projectId}/running-tasks", async (HttpContext context, string projectId, int? limit, int? offset) =>
        {
            if (!SignatureCheck.IsValidHuawei(context, await BodyAsync(context), credentials.HuaweiAccessKey, credentials.HuaweiSecretKey, credentials.HuaweiToken))
            {
                return Json(401, """{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail"}""");
            }

            return server.Value!.Scripted() ?? server.Value.RunningTasksPage(limit ?? 1000, offset ?? 0);
        });

        app.MapGet("/v2/{projectId}/scheduled-tasks/{taskId}/records", async (HttpContext context, string projectId, string taskId, int? offset, int? limit) =>
        {
            if (!SignatureCheck.IsValidHuawei(context, await BodyAsync(context), credentials.HuaweiAccessKey, credentials.HuaweiSecretKey, credentials.HuaweiToken))
            {
                return Json(401, """{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information"}""");
            }

            if (server.Value!.Scripted() is { } scripted)
            {
                return scripted;
            }

            if (limit is < 0 or > 100)
            {
                return Json(400, """{"error_code":"WKS.0001","error_msg":"Invalid request parameter.","error_detail":"limit must be between 0 and 100."}""");
            }

            if (taskId == SampleData.FailingScheduledTaskId)
            {
                return Json(500, """{"error_code":"WKS.0999","error_msg":"Internal server error.","error_detail":"Retry the request later."}""");
            }

            if (taskId != SampleData.ScheduledTaskId)
            {
                return Json(400, "{\"error_code\":\"WKS.0001\",\"error_msg\":\"The scheduled task does not exist.\",\"error_detail\":\"No scheduled task with ID " + JsonText(taskId) + ".\"}");
            }

            var page = SampleData.Records.Skip(offset ?? 0).Take(limit is null or 0 ? 10 : limit.Value).ToList();
            return Json(200, "{\"tasks_records\":[" + string.Join(",", page) + "],\"total_count\":" + SampleData.Records.Count + "}");
        });

        app.MapGet("/tasks/{taskId}", async (HttpContext context, string taskId) =>
        {
            server.Value!.ReceivedTaskIds.Enqueue(taskId);
            if (!SignatureCheck.IsValidAlibaba(context, await BodyAsync(context), credentials.AlibabaAccessKeyId, credentials.AlibabaSecret, nonces) ||
                context.Request.Headers["x-acs-action"] != "DescribeTaskInfo" || context.Request.Headers["x-acs-version"] != "2015-12-15")
            {
                return Json(403, """{"code":"SignatureDoesNotMatch","message":"The request signature does not conform to Alibaba Cloud standards.","requestId":"4C4F5B4E-0000-4000-8000-000000000001"}""");
            }

            if (server.Value.Scripted() is { } scripted)
            {
                return scripted;
            }

            return taskId == SampleData.AckTaskId
                ? Json(200, SampleData.AckTask)
                : Json(404, "{\"code\":\"ErrorTaskNotFound\",\"message\":\"Task " + JsonText(taskId) + " not found.\",\"requestId\":\"4C4F5B4E-0000-4000-8000-000000000002\"}");
        });

        await app.StartAsync();
        return server.Value = new FakeCloudServer(app);
    }

    /// <summary>Queues a response given once, to the next authenticated request, instead of the operation's own.</summary>
    /// <param name="response">The response.</param>
    public void Script(ScriptedResponse response) => _script.Enqueue(response);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult? Scripted() =>
        _script.TryDequeue(out var response) ? Results.Text(response.Body, response.ContentType, statusCode: response.Status) : null;

    private IResult RunningTasksPage(int limit, int offset)
    {
        var tasks = SampleData.RunningTasks;
        var total = tasks.Count;
        switch (KpsPaging)
        {
            case PagingBehaviour.IgnoresOffset:
                offset = 0;
                break;
            case PagingBehaviour.GrowingTotal:
                tasks = Enumerable.Range(0, offset + limit + 1).Select(i => SampleData.RunningTasks[0].Replace("5a38dc15546c", "5a38d" + i.ToString("x7", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)).ToList();
                total = offset + limit + 1;
                break;
        }

        var page = tasks.Skip(offset).Take(limit).ToList();
        return Json(200, "{\"total\":" + total + ",\"tasks\":[" + string.Join(",", page) + "]}");
    }

    private static IResult Json(int status, string body) => Results.Text(body, "application/json", statusCode: status);

    private static string JsonText(string value) => System.Text.Json.JsonEncodedText.Encode(value).ToString();

    private static async Task<byte[]> BodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    // The endpoints are mapped before the server object exists; they reach it through this.
    private sealed class Holder
    {
        public FakeCloudServer? Value { get; set; }
    }
}
