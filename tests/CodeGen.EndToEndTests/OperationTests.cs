using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CloudTasks.FakeCloud;
using CodeGen.Runtime;
using CodeGen.Runtime.HuaweiCloud;
using HuaweiCloud.Kps;
using Xunit;

namespace CodeGen.EndToEndTests;

/// <summary>Each operation through its generated client, in every auth mode, and the vendors' error bodies.</summary>
public sealed class OperationTests
{
    private static System.Threading.CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(HuaweiAuth.Token)]
    [InlineData(HuaweiAuth.AkSk)]
    public async Task The_Huawei_operations_answer_with_token_and_with_signature(HuaweiAuth auth)
    {
        await using var fixture = await CloudFixture.StartAsync(auth);

        var tasks = await fixture.Kps.ListRunningTaskAsync(SampleData.ProjectId, cancellationToken: Cancel);
        var records = await fixture.Workspace.ListScheduledTasksRecordsAsync(SampleData.ProjectId, SampleData.ScheduledTaskId, limit: 5, cancellationToken: Cancel);

        Assert.Equal(SampleData.RunningTasks.Count, tasks.Total);
        Assert.Equal("aee8d2fe-5484-4753-9177-5a38dc15546c", tasks.Tasks![0].TaskId);
        Assert.Equal(SampleData.Records.Count, records.TotalCount);
        Assert.Equal(5, records.TasksRecords!.Count);
    }

    [Fact]
    public async Task The_Alibaba_operation_answers_with_an_ACS3_signature()
    {
        await using var fixture = await CloudFixture.StartAsync();

        var task = await fixture.Ack.DescribeTaskInfoAsync(SampleData.AckTaskId, Cancel);

        Assert.Equal(SampleData.AckTaskId, task.TaskId);
        Assert.Equal(new[] { "success", "failed", "initail" }, task.TaskResult!.Select(r => r.Status!.Value.Value));
        Assert.Equal(new DateTimeOffset(2020, 11, 10, 8, 2, 4, TimeSpan.Zero), task.Created);
    }

    [Theory]
    [InlineData(HuaweiAuth.Token)]
    [InlineData(HuaweiAuth.AkSk)]
    public async Task A_wrong_Huawei_secret_is_a_401_with_the_gateway_code(HuaweiAuth auth)
    {
        await using var fixture = await CloudFixture.StartAsync(auth, wrongSecrets: true);

        var error = await Assert.ThrowsAsync<ApiException>(() => fixture.Kps.ListRunningTaskAsync(SampleData.ProjectId, cancellationToken: Cancel));

        Assert.Equal((401, "APIGW.0301"), (error.StatusCode, error.ErrorCode));
        Assert.StartsWith("Incorrect IAM authentication information", error.ErrorMessage, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Credentials.HuaweiSecretKey, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_Alibaba_secret_is_a_403_with_code_message_and_request_id()
    {
        await using var fixture = await CloudFixture.StartAsync(wrongSecrets: true);

        var error = await Assert.ThrowsAsync<ApiException>(() => fixture.Ack.DescribeTaskInfoAsync(SampleData.AckTaskId, Cancel));

        Assert.Equal((403, "SignatureDoesNotMatch", "4C4F5B4E-0000-4000-8000-000000000001"), (error.StatusCode, error.ErrorCode, error.RequestId));
        Assert.Contains("does not conform", error.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_documented_Workspace_errors_carry_their_detail()
    {
        await using var fixture = await CloudFixture.StartAsync(HuaweiAuth.Token);

        var unknown = await Assert.ThrowsAsync<ApiException>(() => fixture.Workspace.ListScheduledTasksRecordsAsync(SampleData.ProjectId, "no-such-task", cancellationToken: Cancel));
        var outOfRange = await Assert.ThrowsAsync<ApiException>(() => fixture.Workspace.ListScheduledTasksRecordsAsync(SampleData.ProjectId, SampleData.ScheduledTaskId, limit: 101, cancellationToken: Cancel));
        var internalError = await Assert.ThrowsAsync<ApiException>(() => fixture.Workspace.ListScheduledTasksRecordsAsync(SampleData.ProjectId, SampleData.FailingScheduledTaskId, cancellationToken: Cancel));

        Assert.Equal((400, "WKS.0001"), (unknown.StatusCode, unknown.ErrorCode));
        Assert.Equal("No scheduled task with ID no-such-task.", unknown.GetError<HuaweiCloud.Workspace.ErrorResponse>()!.ErrorDetail);
        Assert.Equal("limit must be between 0 and 100.", outOfRange.GetError<HuaweiCloud.Workspace.ErrorResponse>()!.ErrorDetail);
        Assert.Equal((500, "WKS.0999", "Internal server error."), (internalError.StatusCode, internalError.ErrorCode, internalError.ErrorMessage));
    }

    [Fact]
    public async Task An_unknown_ACK_task_is_a_404_with_the_vendor_code()
    {
        await using var fixture = await CloudFixture.StartAsync();

        var error = await Assert.ThrowsAsync<ApiException>(() => fixture.Ack.DescribeTaskInfoAsync("T-unknown", Cancel));

        Assert.Equal((404, "ErrorTaskNotFound", "4C4F5B4E-0000-4000-8000-000000000002"), (error.StatusCode, error.ErrorCode, error.RequestId));
    }

    [Fact]
    public async Task Without_dependency_injection_the_client_takes_a_plain_HttpClient()
    {
        await using var fixture = await CloudFixture.StartAsync();
        var signing = new HuaweiCloudSigningHandler(new HuaweiCloudCredentials(fixture.Credentials.HuaweiAccessKey, fixture.Credentials.HuaweiSecretKey))
        {
            InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false },
        };
        using var http = new HttpClient(signing) { BaseAddress = new KpsClientOptions { Endpoint = fixture.Cloud.Address }.BaseAddress };
        var kps = new KpsClient(http);

        var tasks = await kps.ListRunningTaskAsync(SampleData.ProjectId, limit: 2, cancellationToken: Cancel);

        Assert.Equal(2, tasks.Tasks!.Count);
    }
}
