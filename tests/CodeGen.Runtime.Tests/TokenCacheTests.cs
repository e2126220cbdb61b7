using System;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Generator.Tests.Infrastructure;
using CodeGen.Runtime.HuaweiCloud;
using CodeGen.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CodeGen.Runtime.Tests;

/// <summary>The IAM token cache when the provider fails or hands out short-lived tokens, seen from the wire.</summary>
public sealed class TokenCacheTests
{
    private const string ProviderSecret = "IAM-PASSWORD-0f1e2d";
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_failed_refresh_keeps_the_valid_token_in_use_and_logs_no_secret()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        var clock = new ManualTimeProvider(Start);
        var provider = new ScriptedProvider(clock, TimeSpan.FromHours(24), failAfter: 1);
        var logs = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(logging => logging.AddProvider(logs));
        using var cache = new HuaweiCloudTokenCache(provider, clock, loggers.CreateLogger<HuaweiCloudTokenCache>());
        using var client = Client(cache, server);

        await Get(client);
        clock.Now = Start.AddHours(24).AddMinutes(-4);
        await Get(client);
        await Get(client);

        Assert.Equal(2, provider.Calls);
        Assert.All(server.Requests, request => Assert.Equal("token-1", request.Headers["X-Auth-Token"]));
        var warning = Assert.Single(logs.Messages, message => message.Contains("Warning", StringComparison.Ordinal));
        Assert.Contains(nameof(InvalidOperationException), warning, StringComparison.Ordinal);
        Assert.DoesNotContain(ProviderSecret, warning, StringComparison.Ordinal);
        Assert.DoesNotContain("token-1", warning, StringComparison.Ordinal);

        // Half the remaining two minutes later the refresh is tried again; once the token has expired, the failure is the caller's.
        clock.Now = Start.AddHours(24).AddMinutes(-2);
        await Get(client);
        Assert.Equal(3, provider.Calls);
        clock.Now = Start.AddHours(24);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Get(client));
        Assert.Equal(4, server.Requests.Count);
    }

    [Fact]
    public async Task Tokens_shorter_lived_than_the_refresh_window_are_fetched_once_per_half_lifetime()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        var clock = new ManualTimeProvider(Start);
        var provider = new ScriptedProvider(clock, TimeSpan.FromMinutes(1), failAfter: int.MaxValue);
        using var cache = new HuaweiCloudTokenCache(provider, clock);
        using var client = Client(cache, server);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Get(client)));
        clock.Now = Start.AddSeconds(29);
        await Get(client);
        Assert.Equal(1, provider.Calls);

        clock.Now = Start.AddSeconds(31);
        await Get(client);
        await Get(client);

        Assert.Equal(2, provider.Calls);
        Assert.Equal(21, server.Requests.Count(request => request.Headers["X-Auth-Token"] == "token-1"));
        Assert.Equal(2, server.Requests.Count(request => request.Headers["X-Auth-Token"] == "token-2"));
    }

    [Fact]
    public async Task A_token_with_a_line_break_is_refused_before_anything_is_sent()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");

        var exception = Assert.Throws<ArgumentException>(() => new HuaweiCloudTokenHandler("abc\r\nX-Injected: yes"));
        using var cache = new HuaweiCloudTokenCache(new FixedProvider("abc\nX-Injected: yes"));
        using var client = Client(cache, server);
        var fromProvider = await Assert.ThrowsAsync<ArgumentException>(() => Get(client));

        Assert.Equal("token", exception.ParamName);
        Assert.Equal("token", fromProvider.ParamName);
        Assert.DoesNotContain("X-Injected", exception.Message + fromProvider.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    private static HttpClient Client(HuaweiCloudTokenCache cache, LoopbackHttpServer server) =>
        new(new HuaweiCloudTokenHandler(cache) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false } }) { BaseAddress = server.BaseAddress };

    private static async Task Get(HttpClient client)
    {
        using var response = await client.GetAsync("v3/p/running-tasks", TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Hands out tokens living <paramref name="lifetime"/> from the clock's now, then fails after <paramref name="failAfter"/> calls.</summary>
    private sealed class ScriptedProvider(ManualTimeProvider clock, TimeSpan lifetime, int failAfter) : IHuaweiCloudTokenProvider
    {
        private int _calls;

        public int Calls => _calls;

        public async ValueTask<HuaweiCloudToken> GetTokenAsync(CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            await Task.Yield();
            return call > failAfter
                ? throw new InvalidOperationException("IAM refused: " + ProviderSecret)
                : new HuaweiCloudToken("token-" + call, clock.GetUtcNow() + lifetime);
        }
    }

    private sealed class FixedProvider(string token) : IHuaweiCloudTokenProvider
    {
        public ValueTask<HuaweiCloudToken> GetTokenAsync(CancellationToken cancellationToken) => new(new HuaweiCloudToken(token, DateTimeOffset.MaxValue));
    }
}
