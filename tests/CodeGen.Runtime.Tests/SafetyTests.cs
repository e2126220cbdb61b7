using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Generator.Tests.Infrastructure;
using CodeGen.Runtime.AlibabaCloud;
using CodeGen.Runtime.Credentials;
using CodeGen.Runtime.DependencyInjection;
using CodeGen.Runtime.HuaweiCloud;
using CodeGen.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CodeGen.Runtime.Tests;

/// <summary>Credentials reach only their own origin and never appear in any text the library produces.</summary>
public sealed class SafetyTests
{
    private const string HuaweiSecret = "HW-SECRET-9f8e7d6c5b4a";
    private const string HuaweiSts = "HW-STS-TOKEN-1a2b3c4d";
    private const string IamToken = "IAM-TOKEN-5e6f7a8b9c";
    private const string AlibabaSecret = "ALI-SECRET-0a1b2c3d4e";
    private const string AlibabaSts = "ALI-STS-TOKEN-7h8i9j";

    private const string UserSecret = "USER-API-KEY-3c2b1a";

    // The user's own header must stay redacted in logs too: the registrations add to the factory's redaction.
    private static readonly string[] Secrets = { HuaweiSecret, HuaweiSts, IamToken, AlibabaSecret, AlibabaSts, UserSecret };

    public static TheoryData<string> Schemes => new() { "token", "aksk", "alibaba" };

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task A_redirect_to_another_host_arrives_without_credentials(string scheme)
    {
        await using var elsewhere = new LoopbackHttpServer(200, "application/json", "{}");
        await using var origin = new LoopbackHttpServer(_ => new LoopbackResponse(302, "text/plain", string.Empty, new Dictionary<string, string> { ["Location"] = elsewhere.BaseAddress + "landing" }));
        using var provider = Services(scheme, origin.BaseAddress, out _);

        using var response = await Send(provider, "start");

        Assert.Single(origin.Requests);
        var arrived = Assert.Single(elsewhere.Requests);
        Assert.Equal("/landing", arrived.Target);
        foreach (var header in new[] { "Authorization", "X-Auth-Token", "X-Security-Token", "x-acs-security-token", "X-Sdk-Date", "x-acs-signature-nonce" })
        {
            Assert.False(arrived.Headers.ContainsKey(header), header + " reached another host");
        }

        // The caller's own headers are the caller's; the library's credentials must all be gone.
        AssertNoSecret(arrived.Headers.Where(h => !h.Key.Equals("X-Api-Key", StringComparison.OrdinalIgnoreCase)).Select(h => h.Value));
    }

    [Fact]
    public async Task A_same_origin_redirect_is_signed_again_for_its_new_path()
    {
        var hops = 0;
        await using var server = new LoopbackHttpServer(request => hops++ == 0
            ? new LoopbackResponse(307, "text/plain", string.Empty, new Dictionary<string, string> { ["Location"] = "/moved/here?x=1" })
            : new LoopbackResponse(200, "application/json", "{}"));
        using var provider = Services("aksk", server.BaseAddress, out _);

        using var response = await Send(provider, "first");

        var requests = server.Requests.ToList();
        Assert.Equal(new[] { "/first", "/moved/here?x=1" }, requests.Select(r => r.Target));
        Assert.All(requests, r => Assert.Equal(WireVerifier.HuaweiAuthorization(r, "HWACCESSKEY", HuaweiSecret), r.Headers["Authorization"]));
        Assert.NotEqual(requests[0].Headers["Authorization"], requests[1].Headers["Authorization"]);
    }

    [Fact]
    public async Task A_same_origin_307_with_a_body_is_signed_again_with_the_body_hash()
    {
        var hops = 0;
        await using var server = new LoopbackHttpServer(request => hops++ == 0
            ? new LoopbackResponse(307, "text/plain", string.Empty, new Dictionary<string, string> { ["Location"] = "/moved" })
            : new LoopbackResponse(200, "application/json", "{}"));
        using var provider = Services("aksk", server.BaseAddress, out _);
        using var request = new HttpRequestMessage(HttpMethod.Post, "first") { Content = new StringContent("""{"a":1}""", System.Text.Encoding.UTF8, "application/json") };

        using var response = await provider.GetRequiredService<IHttpClientFactory>().CreateClient("cloud").SendAsync(request, TestContext.Current.CancellationToken);

        var requests = server.Requests.ToList();
        Assert.Equal(2, requests.Count);
        Assert.All(requests, r =>
        {
            Assert.Equal("""{"a":1}""", r.Body);
            Assert.Equal(WireVerifier.HuaweiAuthorization(r, "HWACCESSKEY", HuaweiSecret), r.Headers["Authorization"]);
        });
    }

    [Fact]
    public async Task Credentials_are_refused_over_plain_http_unless_loopback_or_opted_in()
    {
        var recorder = new RecordingHandler();
        using var refused = new HttpClient(new HuaweiCloudTokenHandler(IamToken) { InnerHandler = recorder });
        using var allowed = new HttpClient(new HuaweiCloudTokenHandler(IamToken) { InnerHandler = recorder, AllowInsecureHttp = true });

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => refused.GetAsync("http://kms.example.com/v3/p/running-tasks", TestContext.Current.CancellationToken));
        Assert.Empty(recorder.Sent);
        Assert.Contains("plain HTTP", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(IamToken, exception.Message, StringComparison.Ordinal);

        await allowed.GetAsync("http://kms.example.com/v3/p/running-tasks", TestContext.Current.CancellationToken);
        await refused.GetAsync("https://kms.example.com/v3/p/running-tasks", TestContext.Current.CancellationToken);
        Assert.Equal(2, recorder.Sent.Count);
    }

    [Fact]
    public async Task A_primary_handler_that_follows_redirects_itself_is_refused_before_sending()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var client = new HttpClient(new HuaweiCloudTokenHandler(IamToken) { InnerHandler = new SocketsHttpHandler() }) { BaseAddress = server.BaseAddress };

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("x", TestContext.Current.CancellationToken));

        Assert.Contains("AllowAutoRedirect", exception.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task One_token_cache_per_client_outlives_the_handlers_the_factory_rotates()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        var calls = 0;
        var services = new ServiceCollection();
        services.AddHttpClient("cloud", client => client.BaseAddress = server.BaseAddress)
            .AddHuaweiCloudToken(_ => new CountingProvider(() => Interlocked.Increment(ref calls)));
        using var provider = services.BuildServiceProvider();

        var cache = provider.GetRequiredKeyedService<HuaweiCloudTokenCache>("cloud");
        Assert.Same(cache, provider.GetRequiredKeyedService<HuaweiCloudTokenCache>("cloud"));
        foreach (var handler in new[] { new HuaweiCloudTokenHandler(cache), new HuaweiCloudTokenHandler(cache) })
        {
            handler.InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false };
            using var client = new HttpClient(handler) { BaseAddress = server.BaseAddress };
            await client.GetAsync("x", TestContext.Current.CancellationToken);
        }

        await provider.GetRequiredService<IHttpClientFactory>().CreateClient("cloud").GetAsync("y", TestContext.Current.CancellationToken);
        Assert.Equal(1, calls);
        Assert.All(server.Requests, r => Assert.Equal("token-1", r.Headers["X-Auth-Token"]));
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task No_string_the_library_produces_contains_a_secret(string scheme)
    {
        await using var server = new LoopbackHttpServer(401, "application/json", """{"error_code":"APIGW.0301","error_msg":"Incorrect IAM authentication information"}""");
        using var provider = Services(scheme, server.BaseAddress, out var logs);

        using var response = await Send(provider, "secured?limit=1");
        var exception = await ApiException.FromResponseAsync(response, null, TestContext.Current.CancellationToken);

        var produced = new List<string>(logs.Messages)
        {
            exception.Message,
            exception.ToString(),
            new HuaweiCloudCredentials("HWACCESSKEY", HuaweiSecret, "project", HuaweiSts).ToString(),
            new AlibabaCloudCredentials("ALIKEYID", AlibabaSecret, AlibabaSts).ToString(),
            new HuaweiCloudToken(IamToken, DateTimeOffset.MaxValue).ToString(),
            new HuaweiCloudSigningHandler(new HuaweiCloudCredentials("HWACCESSKEY", HuaweiSecret, null, HuaweiSts)).ToString(),
            new AlibabaCloudSigningHandler(new AlibabaCloudCredentials("ALIKEYID", AlibabaSecret, AlibabaSts)).ToString(),
            Assert.Throws<MissingCredentialsException>(() => new HuaweiCloudCredentials("HWACCESSKEY", string.Empty, null, HuaweiSts).Validate()).Message,
        };

        Assert.Contains(logs.Messages, m => m.Contains("secured", StringComparison.Ordinal));
        Assert.Equal("APIGW.0301", exception.ErrorCode);
        AssertNoSecret(produced);

        // The check itself can fail: the server did receive the secret-bearing headers.
        Assert.Contains(server.Requests.SelectMany(r => r.Headers.Values), value => Secrets.Any(secret => value.Contains(secret, StringComparison.Ordinal)) || value.StartsWith("SDK-HMAC-SHA256", StringComparison.Ordinal) || value.StartsWith("ACS3", StringComparison.Ordinal));
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public List<HttpRequestMessage> Sent { get; } = new();

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, System.Threading.CancellationToken cancellationToken)
        {
            Sent.Add(request);
            return Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK));
        }
    }

    private sealed class CountingProvider(Func<int> count) : IHuaweiCloudTokenProvider
    {
        public ValueTask<HuaweiCloudToken> GetTokenAsync(System.Threading.CancellationToken cancellationToken) =>
            new(new HuaweiCloudToken("token-" + count(), DateTimeOffset.UtcNow.AddHours(24)));
    }

    private static ServiceProvider Services(string scheme, Uri baseAddress, out CapturingLoggerProvider logs)
    {
        var captured = new CapturingLoggerProvider();
        logs = captured;
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(captured).SetMinimumLevel(LogLevel.Trace));
        var builder = services.AddHttpClient("cloud", client => client.BaseAddress = baseAddress);
        _ = scheme switch
        {
            "token" => builder.AddHuaweiCloudToken(IamToken),
            "aksk" => builder.AddHuaweiCloudAkSkSigning(new HuaweiCloudCredentials("HWACCESSKEY", HuaweiSecret, "project", HuaweiSts)),
            _ => builder.AddAlibabaCloudSigning(new AlibabaCloudCredentials("ALIKEYID", AlibabaSecret, AlibabaSts)),
        };
        return services.BuildServiceProvider();
    }

    private static Task<HttpResponseMessage> Send(ServiceProvider provider, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", UserSecret);
        request.Headers.Add("x-acs-action", "DescribeTaskInfo");
        request.Headers.Add("x-acs-version", "2015-12-15");
        return provider.GetRequiredService<IHttpClientFactory>().CreateClient("cloud").SendAsync(request, TestContext.Current.CancellationToken);
    }

    private static void AssertNoSecret(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (var secret in Secrets)
            {
                Assert.False(text.Contains(secret, StringComparison.Ordinal), "A secret appears in: " + text);
            }
        }
    }
}
