using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CloudTasks.FakeCloud;

/// <summary>
/// The three documented operations served on 127.0.0.1, from the vendors' example data, checking
/// credentials as the real gateways do. Answers in each vendor's error format.
/// </summary>
internal sealed class FakeCloudServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeCloudServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    public Uri Address { get; }

    public static async Task<FakeCloudServer> StartAsync(DemoCredentials credentials)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var nonces = new HashSet<string>(StringComparer.Ordinal);

        app.MapGet("/v3/{projectId}/running-tasks", async (HttpContext context, string projectId, int? limit, int? offset) =>
        {
            if (!SignatureCheck.IsValidHuawei(context, await BodyAsync(context), credentials.HuaweiAccessKey, credentials.HuaweiSecretKey, credentials.HuaweiToken))
            {
                return Json(401, """{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information: verify aksk signature fail"}""");
            }

            var page = SampleData.RunningTasks.Skip(offset ?? 0).Take(limit ?? 1000).ToList();
            return Json(200, "{\"total\":" + SampleData.RunningTasks.Count + ",\"tasks\":[" + string.Join(",", page) + "]}");
        });

        app.MapGet("/v2/{projectId}/scheduled-tasks/{taskId}/records", async (HttpContext context, string projectId, string taskId, int? offset, int? limit) =>
        {
            if (!SignatureCheck.IsValidHuawei(context, await BodyAsync(context), credentials.HuaweiAccessKey, credentials.HuaweiSecretKey, credentials.HuaweiToken))
            {
                return Json(401, """{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information"}""");
            }

            if (taskId != SampleData.ScheduledTaskId)
            {
                return Json(400, "{\"error_code\":\"WKS.0001\",\"error_msg\":\"The scheduled task does not exist.\",\"error_detail\":\"No scheduled task with ID " + JsonText(taskId) + ".\"}");
            }

            var page = SampleData.Records.Skip(offset ?? 0).Take(Math.Clamp(limit ?? 10, 0, 100)).ToList();
            return Json(200, "{\"tasks_records\":[" + string.Join(",", page) + "],\"total_count\":" + SampleData.Records.Count + "}");
        });

        app.MapGet("/tasks/{taskId}", async (HttpContext context, string taskId) =>
        {
            if (!SignatureCheck.IsValidAlibaba(context, await BodyAsync(context), credentials.AlibabaAccessKeyId, credentials.AlibabaSecret, nonces) ||
                context.Request.Headers["x-acs-action"] != "DescribeTaskInfo" || context.Request.Headers["x-acs-version"] != "2015-12-15")
            {
                return Json(403, """{"code":"SignatureDoesNotMatch","message":"The request signature does not conform to Alibaba Cloud standards.","requestId":"4C4F5B4E-0000-4000-8000-000000000001"}""");
            }

            return taskId == SampleData.AckTaskId
                ? Json(200, SampleData.AckTask)
                : Json(404, "{\"code\":\"ErrorTaskNotFound\",\"message\":\"Task " + JsonText(taskId) + " not found.\",\"requestId\":\"4C4F5B4E-0000-4000-8000-000000000002\"}");
        });

        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new FakeCloudServer(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static IResult Json(int status, string body) => Results.Text(body, "application/json", statusCode: status);

    private static string JsonText(string value) => System.Text.Json.JsonEncodedText.Encode(value).ToString();

    private static async Task<byte[]> BodyAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
