using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CloudTasks.FakeCloud;
using CodeGen.Runtime.Paging;
using Xunit;

namespace CodeGen.EndToEndTests;

/// <summary>The generated IAsyncEnumerable methods walk the fake cloud's pages.</summary>
public sealed class PagingTests
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1, 7)]
    [InlineData(3, 3)]
    [InlineData(7, 1)]
    [InlineData(null, 1)]
    public async Task Every_running_task_arrives_once_across_page_boundaries(int? pageSize, int expectedRequests)
    {
        await using var fixture = await CloudFixture.StartAsync();

        var ids = await fixture.Kps.ListRunningTaskAllAsync(SampleData.ProjectId, pageSize, Cancel).Select(t => t.TaskId).ToListAsync(Cancel);

        Assert.Equal(SampleData.RunningTasks.Select(json => json.Substring(12, 36)), ids);
        Assert.Equal(expectedRequests, fixture.Cloud.ReceivedTargets.Count);
    }

    [Fact]
    public async Task Workspace_records_are_walked_with_the_largest_documented_page_by_default()
    {
        await using var fixture = await CloudFixture.StartAsync(HuaweiAuth.Token);

        var records = await fixture.Workspace.ListScheduledTasksRecordsAllAsync(SampleData.ProjectId, SampleData.ScheduledTaskId, cancellationToken: Cancel).ToListAsync(Cancel);

        Assert.Equal(SampleData.Records.Count, records.Select(r => r.Id).Distinct().Count());
        Assert.Contains("limit=100", Assert.Single(fixture.Cloud.ReceivedTargets), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(101)]
    public async Task A_page_size_outside_the_documented_range_is_refused_before_any_request(int pageSize)
    {
        await using var fixture = await CloudFixture.StartAsync();

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => fixture.Workspace.ListScheduledTasksRecordsAllAsync(SampleData.ProjectId, SampleData.ScheduledTaskId, pageSize, Cancel));

        Assert.Equal("pageSize", error.ParamName);
        Assert.Empty(fixture.Cloud.ReceivedTargets);
    }

    [Fact]
    public async Task A_server_that_ignores_the_offset_ends_the_walk_with_an_error()
    {
        await using var fixture = await CloudFixture.StartAsync();
        fixture.Cloud.KpsPaging = PagingBehaviour.IgnoresOffset;
        var seen = new List<string?>();

        await Assert.ThrowsAsync<PagingException>(async () =>
        {
            await foreach (var task in fixture.Kps.ListRunningTaskAllAsync(SampleData.ProjectId, 3, Cancel))
            {
                seen.Add(task.TaskId);
            }
        });

        Assert.Equal(3, seen.Distinct().Count());
        Assert.Equal(2, fixture.Cloud.ReceivedTargets.Count);
    }

    [Fact]
    public async Task A_total_that_keeps_growing_does_not_keep_the_walk_going()
    {
        await using var fixture = await CloudFixture.StartAsync();
        fixture.Cloud.KpsPaging = PagingBehaviour.GrowingTotal;

        var tasks = await fixture.Kps.ListRunningTaskAllAsync(SampleData.ProjectId, 3, Cancel).ToListAsync(Cancel);

        // The first page reported a total of 4: that bounds the walk.
        Assert.Equal(4, tasks.Count);
        Assert.Equal(2, fixture.Cloud.ReceivedTargets.Count);
    }

    [Fact]
    public async Task Cancelling_mid_walk_stops_before_the_next_page()
    {
        await using var fixture = await CloudFixture.StartAsync();
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(Cancel);
        var seen = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var task in fixture.Kps.ListRunningTaskAllAsync(SampleData.ProjectId, 2, cancellation.Token))
            {
                if (++seen == 3)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(3, seen);
        Assert.Equal(2, fixture.Cloud.ReceivedTargets.Count);
    }
}
