using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Paging;
using Xunit;

namespace CodeGen.Runtime.Tests;

/// <summary>The page walk yields every item once and ends, whatever the server does.</summary>
public sealed class OffsetPagerTests
{
    private static readonly List<int> Items = Enumerable.Range(1, 10).ToList();

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    [InlineData(25)]
    public async Task Every_item_arrives_once_across_page_boundaries(int pageSize)
    {
        var requests = new List<(int Offset, int? Limit)>();

        var items = await Walk((offset, limit) => Honest(offset, limit, requests), pageSize).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Items, items);
        Assert.Equal((Items.Count + pageSize - 1) / pageSize, requests.Count);
        Assert.All(requests, r => Assert.Equal(pageSize, r.Limit));
    }

    [Fact]
    public async Task Without_a_total_a_short_page_ends_the_walk()
    {
        var requests = new List<(int Offset, int? Limit)>();

        var items = await Walk((offset, limit) => Honest(offset, limit, requests) with { Total = null }, pageSize: 4).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Items, items);
        Assert.Equal(new[] { 0, 4, 8 }, requests.Select(r => r.Offset));
    }

    [Fact]
    public async Task With_a_total_a_server_that_caps_the_page_size_is_still_read_to_the_end()
    {
        // Asked for 5, the server gives 2: the total, not the short page, decides when to stop.
        var items = await Walk((offset, _) => new Page(Items.Skip(offset).Take(2).ToList(), Items.Count), pageSize: 5).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Items, items);
    }

    [Fact]
    public async Task A_page_that_repeats_stops_the_walk_with_an_error_instead_of_duplicates()
    {
        var seen = new List<int>();

        var error = await Assert.ThrowsAsync<PagingException>(async () =>
        {
            await foreach (var item in Walk((_, _) => new Page(Items.Take(3).ToList(), Items.Count), pageSize: 3))
            {
                seen.Add(item);
            }
        });

        Assert.Equal(new[] { 1, 2, 3 }, seen);
        Assert.Equal(3, error.Offset);
    }

    [Fact]
    public async Task A_server_cycling_through_pages_without_a_total_is_stopped()
    {
        var calls = 0;

        await Assert.ThrowsAsync<PagingException>(async () =>
            await Walk((_, _) => new Page(++calls % 2 == 1 ? new List<int> { 1, 2 } : new List<int> { 3, 4 }, null), pageSize: 2).ToListAsync(TestContext.Current.CancellationToken));

        Assert.Equal(3, calls);
    }

    [Fact]
    public async Task A_total_that_grows_on_every_page_does_not_extend_the_walk()
    {
        var calls = 0;

        var items = await Walk(
            (offset, limit) =>
            {
                calls++;
                var endless = Enumerable.Range(offset + 1, limit!.Value).ToList();
                return new Page(endless, 10 + (calls * 10));
            },
            pageSize: 4).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(Enumerable.Range(1, 20), items);
        Assert.Equal(5, calls);
    }

    [Fact]
    public async Task An_empty_page_ends_the_walk_even_before_the_total()
    {
        var items = await Walk((offset, limit) => new Page(offset >= 4 ? new List<int>() : Items.Skip(offset).Take(limit!.Value).ToList(), 100), pageSize: 2).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new[] { 1, 2, 3, 4 }, items);
    }

    [Fact]
    public async Task Pages_are_fetched_only_as_the_caller_reads()
    {
        var requests = new List<(int Offset, int? Limit)>();

        var first = await Walk((offset, limit) => Honest(offset, limit, requests), pageSize: 3).Take(4).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(new[] { 1, 2, 3, 4 }, first);
        Assert.Equal(2, requests.Count);
    }

    [Fact]
    public async Task Cancelling_between_pages_stops_before_the_next_request()
    {
        using var cancellation = new CancellationTokenSource();
        var requests = new List<(int Offset, int? Limit)>();
        var seen = new List<int>();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var item in Walk((offset, limit) => Honest(offset, limit, requests), pageSize: 3).WithCancellation(cancellation.Token))
            {
                seen.Add(item);
                if (item == 3)
                {
                    cancellation.Cancel();
                }
            }
        });

        Assert.Equal(new[] { 1, 2, 3 }, seen);
        Assert.Single(requests);
    }

    [Fact]
    public async Task Cancelling_during_a_request_reaches_the_request()
    {
        using var cancellation = new CancellationTokenSource();
        var walk = OffsetPager.EnumerateAsync<Page, int>(
            async (_, _, token) =>
            {
                cancellation.Cancel();
                await Task.Delay(Timeout.Infinite, token);
                return new Page(Items, Items.Count);
            },
            page => page.Items,
            page => page.Total,
            3,
            PagerJsonContext.Default.ListInt32,
            cancellation.Token);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await walk.ToListAsync(TestContext.Current.CancellationToken));
    }

    private static Page Honest(int offset, int? limit, List<(int Offset, int? Limit)> requests)
    {
        requests.Add((offset, limit));
        return new Page(Items.Skip(offset).Take(limit ?? 1000).ToList(), Items.Count);
    }

    private static IAsyncEnumerable<int> Walk(Func<int, int?, Page> fetch, int? pageSize) =>
        OffsetPager.EnumerateAsync<Page, int>(
            (offset, limit, _) => Task.FromResult(fetch(offset, limit)),
            page => page.Items,
            page => page.Total,
            pageSize,
            PagerJsonContext.Default.ListInt32);

    private sealed record Page(List<int>? Items, long? Total);
}

[JsonSerializable(typeof(List<int>))]
internal sealed partial class PagerJsonContext : JsonSerializerContext
{
}
