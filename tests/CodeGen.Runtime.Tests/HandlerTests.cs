using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Generator.Tests.Infrastructure;
using CodeGen.Runtime.AlibabaCloud;
using CodeGen.Runtime.Credentials;
using CodeGen.Runtime.HuaweiCloud;
using CodeGen.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace CodeGen.Runtime.Tests;

/// <summary>The authentication handlers against a real HttpClient and a loopback server.</summary>
public sealed class HandlerTests
{
    private const string Ak = "HUAWEIACCESSKEY00001";
    private const string Sk = "huawei-secret-key-value-0123456789";
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Huawei_signing_adds_a_signature_the_gateway_can_verify_and_keeps_the_body()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var client = Client(new HuaweiCloudSigningHandler(new HuaweiCloudCredentials(Ak, Sk, "project-1", "sts-token"), new ManualTimeProvider(Now)), server);

        using var content = new StringContent("""{"name":"a b/c"}""", Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("v1/p/a%20b/items?z=1&a=&a=0", content, TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal("""{"name":"a b/c"}""", request.Body);
        Assert.Equal("20261123T080000Z", request.Headers["X-Sdk-Date"]);
        Assert.Equal("project-1", request.Headers["X-Project-Id"]);
        Assert.Equal("sts-token", request.Headers["X-Security-Token"]);
        Assert.Contains("SignedHeaders=content-type;host;x-project-id;x-sdk-date;x-security-token,", request.Headers["Authorization"], StringComparison.Ordinal);
        Assert.Equal(WireVerifier.HuaweiAuthorization(request, Ak, Sk), request.Headers["Authorization"]);
    }

    [Fact]
    public async Task A_large_streamed_body_is_hashed_and_still_sent_whole()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var client = Client(new HuaweiCloudSigningHandler(new HuaweiCloudCredentials(Ak, Sk), new ManualTimeProvider(Now)), server);
        var body = new string('x', 8 * 1024 * 1024);

        using var content = new StreamContent(new System.IO.MemoryStream(Encoding.ASCII.GetBytes(body)));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        using var response = await client.PutAsync("upload", content, TestContext.Current.CancellationToken);

        var request = Assert.Single(server.Requests);
        Assert.Equal(body.Length, request.Body.Length);
        Assert.Equal(WireVerifier.HuaweiAuthorization(request, Ak, Sk), request.Headers["Authorization"]);
    }

    [Fact]
    public async Task Huawei_token_is_sent_and_refreshed_once_for_concurrent_requests_after_expiry()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        var clock = new ManualTimeProvider(Now);
        var provider = new CountingTokenProvider(clock);
        using var client = Client(new HuaweiCloudTokenHandler(provider, clock), server);

        await client.GetAsync("a", TestContext.Current.CancellationToken);
        await client.GetAsync("b", TestContext.Current.CancellationToken);
        Assert.Equal(1, provider.Calls);

        clock.Now = Now.AddHours(24);
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => client.GetAsync("c" + i, TestContext.Current.CancellationToken)));

        Assert.Equal(2, provider.Calls);
        var tokens = server.Requests.Select(r => r.Headers["X-Auth-Token"]).ToList();
        Assert.Equal(new[] { "token-1", "token-1" }, tokens.Take(2));
        Assert.All(tokens.Skip(2), token => Assert.Equal("token-2", token));
    }

    [Fact]
    public async Task Alibaba_v3_signing_sends_a_fresh_nonce_each_time_and_a_verifiable_signature()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var client = Client(new AlibabaCloudSigningHandler(new AlibabaCloudCredentials("ALIBABAKEYID", "alibaba-secret-value", "sts-alibaba"), timeProvider: new ManualTimeProvider(Now)), server);

        for (var i = 0; i < 2; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "tasks/T-1?x=1");
            request.Headers.Add("x-acs-action", "DescribeTaskInfo");
            request.Headers.Add("x-acs-version", "2015-12-15");
            using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);
        }

        var requests = server.Requests.ToList();
        Assert.NotEqual(requests[0].Headers["x-acs-signature-nonce"], requests[1].Headers["x-acs-signature-nonce"]);
        Assert.All(requests, r =>
        {
            Assert.Equal("2026-11-23T08:00:00Z", r.Headers["x-acs-date"]);
            Assert.Equal("sts-alibaba", r.Headers["x-acs-security-token"]);
            Assert.Equal(WireVerifier.Sha256Hex(string.Empty), r.Headers["x-acs-content-sha256"]);
            Assert.Equal(WireVerifier.AlibabaAuthorization(r, "ALIBABAKEYID", "alibaba-secret-value"), r.Headers["Authorization"]);
        });
    }

    [Fact]
    public async Task Alibaba_signing_without_action_and_version_fails_before_sending()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var client = Client(new AlibabaCloudSigningHandler(new AlibabaCloudCredentials("id", "secret")), server);

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("tasks/T-1", TestContext.Current.CancellationToken));

        Assert.Contains("x-acs-action", exception.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Alibaba_roa_signing_sends_the_legacy_header()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var client = Client(new AlibabaCloudSigningHandler(new AlibabaCloudCredentials("ROAKEYID", "roa-secret"), AlibabaCloudSignatureVersion.Roa, new ManualTimeProvider(Now)), server);
        using var request = new HttpRequestMessage(HttpMethod.Get, "tasks/T-1");
        request.Headers.Add("x-acs-action", "DescribeTaskInfo");
        request.Headers.Add("x-acs-version", "2015-12-15");

        using var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        var received = Assert.Single(server.Requests);
        Assert.Equal("Mon, 23 Nov 2026 08:00:00 GMT", received.Headers["Date"]);
        Assert.Equal("HMAC-SHA1", received.Headers["x-acs-signature-method"]);
        Assert.StartsWith("acs ROAKEYID:", received.Headers["Authorization"], StringComparison.Ordinal);
        var headers = received.Headers.Select(h => new KeyValuePair<string, string>(h.Key, h.Value));
        var expected = AlibabaCloudSigner.SignRoa("GET", new Uri("http://" + received.Headers["Host"] + received.Target), headers, "ROAKEYID", "roa-secret");
        Assert.Equal(expected.Authorization, received.Headers["Authorization"]);
        Assert.StartsWith("GET\napplication/json\n\n\nMon, 23 Nov 2026 08:00:00 GMT\nx-acs-action:DescribeTaskInfo\n", expected.StringToSign, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_credentials_name_the_environment_variables_before_any_request()
    {
        var huawei = Assert.Throws<MissingCredentialsException>(() => new HuaweiCloudSigningHandler(new HuaweiCloudCredentials(string.Empty, " ")));
        var alibaba = Assert.Throws<MissingCredentialsException>(() => new AlibabaCloudSigningHandler(new AlibabaCloudCredentials("id", string.Empty)));
        var token = Assert.Throws<MissingCredentialsException>(() => new HuaweiCloudTokenHandler(string.Empty));

        Assert.Equal("Huawei Cloud AK/SK authentication is missing the access key (HUAWEICLOUD_SDK_AK), the secret key (HUAWEICLOUD_SDK_SK).", huawei.Message);
        Assert.Equal(new[] { "the AccessKey secret (ALIBABA_CLOUD_ACCESS_KEY_SECRET)" }, alibaba.Missing);
        Assert.Contains("IAM token", token.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Credentials_come_from_the_vendors_environment_variables()
    {
        var names = new[]
        {
            HuaweiCloudCredentials.AccessKeyVariable, HuaweiCloudCredentials.SecretKeyVariable, HuaweiCloudCredentials.ProjectIdVariable, HuaweiCloudCredentials.SecurityTokenVariable,
            AlibabaCloudCredentials.AccessKeyIdVariable, AlibabaCloudCredentials.AccessKeySecretVariable, AlibabaCloudCredentials.SecurityTokenVariable,
        };
        var saved = names.ToDictionary(n => n, Environment.GetEnvironmentVariable);
        try
        {
            foreach (var name in names)
            {
                Environment.SetEnvironmentVariable(name, "value-of-" + name);
            }

            var huawei = HuaweiCloudCredentials.FromEnvironment();
            var alibaba = AlibabaCloudCredentials.FromEnvironment();
            Assert.Equal(("value-of-HUAWEICLOUD_SDK_AK", "value-of-HUAWEICLOUD_SDK_SK", "value-of-HUAWEICLOUD_SDK_PROJECT_ID", "value-of-HUAWEICLOUD_SDK_SECURITY_TOKEN"), (huawei.AccessKey, huawei.SecretKey, huawei.ProjectId, huawei.SecurityToken));
            Assert.Equal(("value-of-ALIBABA_CLOUD_ACCESS_KEY_ID", "value-of-ALIBABA_CLOUD_ACCESS_KEY_SECRET", "value-of-ALIBABA_CLOUD_SECURITY_TOKEN"), (alibaba.AccessKeyId, alibaba.AccessKeySecret, alibaba.SecurityToken));

            Environment.SetEnvironmentVariable(AlibabaCloudCredentials.AccessKeyIdVariable, null);
            var missing = Assert.Throws<MissingCredentialsException>(AlibabaCloudCredentials.FromEnvironment);
            Assert.Contains("ALIBABA_CLOUD_ACCESS_KEY_ID", missing.Message, StringComparison.Ordinal);
        }
        finally
        {
            foreach (var (name, value) in saved)
            {
                Environment.SetEnvironmentVariable(name, value);
            }
        }
    }

    [Fact]
    public void Credentials_bind_from_configuration()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["HuaweiCloud:AccessKey"] = "ak", ["HuaweiCloud:SecretKey"] = "sk", ["HuaweiCloud:ProjectId"] = "p",
                ["AlibabaCloud:AccessKeyId"] = "id", ["AlibabaCloud:AccessKeySecret"] = "secret",
            })
            .Build();

        var huawei = HuaweiCloudCredentials.FromConfiguration(configuration.GetSection("HuaweiCloud"));
        var alibaba = AlibabaCloudCredentials.FromConfiguration(configuration.GetSection("AlibabaCloud"));

        Assert.Equal(("ak", "sk", "p", (string?)null), (huawei.AccessKey, huawei.SecretKey, huawei.ProjectId, huawei.SecurityToken));
        Assert.Equal(("id", "secret"), (alibaba.AccessKeyId, alibaba.AccessKeySecret));
        Assert.Throws<MissingCredentialsException>(() => HuaweiCloudCredentials.FromConfiguration(configuration.GetSection("Missing")));
    }

    private static HttpClient Client(DelegatingHandler handler, LoopbackHttpServer server)
    {
        handler.InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false };
        return new HttpClient(handler) { BaseAddress = server.BaseAddress };
    }

    private sealed class CountingTokenProvider(TimeProvider clock) : IHuaweiCloudTokenProvider
    {
        private int _calls;

        public int Calls => _calls;

        public async ValueTask<HuaweiCloudToken> GetTokenAsync(CancellationToken cancellationToken)
        {
            var call = Interlocked.Increment(ref _calls);
            await Task.Delay(50, cancellationToken);
            return new HuaweiCloudToken("token-" + call, clock.GetUtcNow().AddHours(24));
        }
    }
}
