using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using CodeGen.Generator.Tests.Infrastructure;
using CodeGen.Runtime.Authentication;
using CodeGen.Runtime.DependencyInjection;
using CodeGen.Runtime.HuaweiCloud;
using CodeGen.Runtime.Http;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace CodeGen.Runtime.Tests;

/// <summary>Every credential a request carries stays with its origin when a server redirects it elsewhere.</summary>
public sealed class CrossOriginRedirectTests
{
    private static readonly RequestCredentials SpecNames = new(new[] { "X-Api-Key" }, new[] { "api_key" });

    public static TheoryData<string> Registrations => new() { "redirects only", "token", "redirects and token" };

    [Theory]
    [MemberData(nameof(Registrations))]
    public async Task A_cross_origin_redirect_drops_cookies_spec_credentials_listed_names_and_query_keys(string registration)
    {
        await using var elsewhere = new LoopbackHttpServer(200, "application/json", "{}");
        await using var origin = new LoopbackHttpServer(_ => new LoopbackResponse(302, "text/plain", string.Empty, new Dictionary<string, string>
        {
            ["Location"] = elsewhere.BaseAddress + "landing?api_key=QUERY-KEY&tenant_key=TENANT-QUERY&page=2",
        }));
        using var provider = Services(registration, origin.BaseAddress);

        using var response = await Send(provider);

        var first = Assert.Single(origin.Requests);
        Assert.Equal(("HEADER-KEY", "TENANT-KEY", "session=COOKIE"), (first.Headers["X-Api-Key"], first.Headers["X-Tenant-Key"], first.Headers["Cookie"]));
        var arrived = Assert.Single(elsewhere.Requests);
        Assert.Equal("/landing?page=2", arrived.Target);
        foreach (var header in new[] { "X-Api-Key", "X-Tenant-Key", "Cookie", "Authorization", "X-Auth-Token" })
        {
            Assert.False(arrived.Headers.ContainsKey(header), header + " reached another host");
        }

        Assert.Equal("kept", arrived.Headers["X-Trace"]);
    }

    [Fact]
    public async Task A_same_origin_redirect_keeps_every_credential()
    {
        var hops = 0;
        await using var origin = new LoopbackHttpServer(_ => hops++ == 0
            ? new LoopbackResponse(308, "text/plain", string.Empty, new Dictionary<string, string> { ["Location"] = "/moved" })
            : new LoopbackResponse(200, "application/json", "{}"));
        using var provider = Services("redirects and token", origin.BaseAddress);

        using var response = await Send(provider);

        var moved = origin.Requests.Last();
        Assert.Equal("/moved", moved.Target);
        Assert.Equal(("HEADER-KEY", "TENANT-KEY", "session=COOKIE", "IAM-TOKEN"), (moved.Headers["X-Api-Key"], moved.Headers["X-Tenant-Key"], moved.Headers["Cookie"], moved.Headers["X-Auth-Token"]));
    }

    [Fact]
    public async Task Without_dependency_injection_the_handler_drops_the_same_credentials()
    {
        await using var elsewhere = new LoopbackHttpServer(200, "application/json", "{}");
        await using var origin = new LoopbackHttpServer(_ => new LoopbackResponse(307, "text/plain", string.Empty, new Dictionary<string, string> { ["Location"] = elsewhere.BaseAddress + "x" }));
        var handler = new CrossOriginRedirectHandler
        {
            AdditionalCredentials = new RequestCredentials(new[] { "X-Tenant-Key" }, Array.Empty<string>()),
            InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false },
        };
        using var client = new HttpClient(handler) { BaseAddress = origin.BaseAddress };

        using var response = await client.SendAsync(Request(), TestContext.Current.CancellationToken);

        var arrived = Assert.Single(elsewhere.Requests);
        Assert.False(arrived.Headers.ContainsKey("X-Api-Key") || arrived.Headers.ContainsKey("X-Tenant-Key") || arrived.Headers.ContainsKey("Cookie"));
        Assert.Equal("kept", arrived.Headers["X-Trace"]);
    }

    [Fact]
    public async Task A_primary_handler_that_follows_redirects_itself_is_refused_before_sending()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var client = new HttpClient(new CrossOriginRedirectHandler { InnerHandler = new SocketsHttpHandler() }) { BaseAddress = server.BaseAddress };

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.SendAsync(Request(), TestContext.Current.CancellationToken));

        Assert.Contains("AllowAutoRedirect", exception.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    private static ServiceProvider Services(string registration, Uri baseAddress)
    {
        var services = new ServiceCollection();
        var builder = services.AddHttpClient("api", client => client.BaseAddress = baseAddress);
        if (registration.StartsWith("redirects", StringComparison.Ordinal))
        {
            builder.AddCrossOriginRedirects();
        }

        if (registration.EndsWith("token", StringComparison.Ordinal))
        {
            builder.AddHuaweiCloudToken("IAM-TOKEN");
        }

        builder.AddCredentialNames(new[] { "X-Tenant-Key" }, new[] { "tenant_key" });
        return services.BuildServiceProvider();
    }

    private static Task<HttpResponseMessage> Send(ServiceProvider provider) =>
        provider.GetRequiredService<IHttpClientFactory>().CreateClient("api").SendAsync(Request(), TestContext.Current.CancellationToken);

    private static HttpRequestMessage Request()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "items?api_key=QUERY-KEY");
        RequestCredentials.Mark(request, SpecNames);
        request.Headers.Add("X-Api-Key", "HEADER-KEY");
        request.Headers.Add("X-Tenant-Key", "TENANT-KEY");
        request.Headers.Add("Cookie", "session=COOKIE");
        request.Headers.Add("X-Trace", "kept");
        return request;
    }
}
