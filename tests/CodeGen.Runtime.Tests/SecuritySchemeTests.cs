using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Generator.Tests.Infrastructure;
using CodeGen.Runtime.Authentication;
using CodeGen.Runtime.Credentials;
using CodeGen.Runtime.DependencyInjection;
using CodeGen.Runtime.Http;
using CodeGen.Runtime.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xunit;

namespace CodeGen.Runtime.Tests;

/// <summary>The handlers of OpenAPI security schemes, seen from a loopback server: what each request carries, and what never leaves its origin.</summary>
public sealed class SecuritySchemeTests
{
    private const string Key = "KEY-9f8e/7d+6c";
    private const string Token = "BEARER-5a4b3c";
    private const string Password = "PASS-w0rd:1";
    private const string ClientSecret = "CLIENT-SECRET-77aa";

    public static TheoryData<string> Schemes => new() { "header", "query", "cookie", "bearer", "basic", "oauth2" };

    [Fact]
    public async Task A_header_api_key_goes_only_to_requests_whose_operation_requires_it()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var provider = Services(server.BaseAddress, builder => builder.AddApiKey("key", ApiKeyLocation.Header, "X-Api-Key", o => o.ApiKey = Key));

        await Send(provider, "secured", new RequestSecurity(new[] { "key" }));
        await Send(provider, "open", RequestSecurity.None);
        await Send(provider, "other", new RequestSecurity(new[] { "elsewhere" }));
        await Send(provider, "unmarked", null);

        var requests = server.Requests.ToArray();
        Assert.Equal(Key, requests[0].Headers["X-Api-Key"]);
        Assert.All(requests.Skip(1), request => Assert.False(request.Headers.ContainsKey("X-Api-Key"), request.Target));
    }

    [Fact]
    public async Task A_query_api_key_is_escaped_and_added_beside_the_operation_s_own_query()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var provider = Services(server.BaseAddress, builder => builder.AddApiKey("key", ApiKeyLocation.Query, "api key", o => o.ApiKey = Key));

        await Send(provider, "items?page=2", new RequestSecurity(new[] { "key" }));

        Assert.Equal("/items?page=2&api%20key=" + Uri.EscapeDataString(Key), Assert.Single(server.Requests).Target);
    }

    [Fact]
    public async Task A_cookie_api_key_joins_the_request_s_other_cookies()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var provider = Services(server.BaseAddress, builder => builder.AddApiKey("key", ApiKeyLocation.Cookie, "session", o => o.ApiKey = Key));

        await Send(provider, "items", new RequestSecurity(new[] { "key" }), request => request.Headers.Add("Cookie", "theme=dark"));

        Assert.Equal("theme=dark; session=" + Uri.EscapeDataString(Key), Assert.Single(server.Requests).Headers["Cookie"]);
    }

    [Fact]
    public async Task Bearer_and_basic_schemes_send_their_authorization_headers()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var provider = Services(server.BaseAddress, builder => builder
            .AddBearerToken("bearer", o => o.Token = Token)
            .AddBasicAuthentication("basic", o => (o.UserName, o.Password) = ("ana", Password)));

        await Send(provider, "b", new RequestSecurity(new[] { "bearer" }));
        await Send(provider, "a", new RequestSecurity(new[] { "basic" }));

        var requests = server.Requests.ToArray();
        Assert.Equal("Bearer " + Token, requests[0].Headers["Authorization"]);
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ana:" + Password)), requests[1].Headers["Authorization"]);
    }

    [Fact]
    public async Task The_first_alternative_the_client_has_every_credential_for_is_sent_and_no_other()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var provider = Services(server.BaseAddress, builder => builder
            .AddApiKey("key", ApiKeyLocation.Header, "X-Api-Key", o => o.ApiKey = Key)
            .AddBearerToken("bearer", o => o.Token = Token));

        // {key and basic} lacks basic, so {bearer} is chosen; {key and bearer} sends both; {} first still prefers a credential.
        await Send(provider, "one", new RequestSecurity(new[] { "key", "basic" }, new[] { "bearer" }));
        await Send(provider, "both", new RequestSecurity(new[] { "key", "bearer" }));
        await Send(provider, "optional", new RequestSecurity(Array.Empty<string>(), new[] { "key" }));
        await Send(provider, "unsatisfied", new RequestSecurity(new[] { "basic" }));

        var requests = server.Requests.ToDictionary(r => r.Target);
        Assert.Equal((false, "Bearer " + Token), (requests["/one"].Headers.ContainsKey("X-Api-Key"), requests["/one"].Headers["Authorization"]));
        Assert.Equal((Key, "Bearer " + Token), (requests["/both"].Headers["X-Api-Key"], requests["/both"].Headers["Authorization"]));
        Assert.Equal((Key, false), (requests["/optional"].Headers["X-Api-Key"], requests["/optional"].Headers.ContainsKey("Authorization")));
        Assert.False(requests["/unsatisfied"].Headers.ContainsKey("X-Api-Key") || requests["/unsatisfied"].Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task OAuth2_tokens_are_fetched_once_cached_and_refreshed_before_they_expire()
    {
        var issued = 0;
        await using var tokens = new LoopbackHttpServer(_ => new LoopbackResponse(200, "application/json", "{\"access_token\":\"at-" + Interlocked.Increment(ref issued) + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}"));
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        using var provider = Services(server.BaseAddress, builder => builder.AddOAuth2ClientCredentials("oauth", OAuth2(tokens.BaseAddress, "read", "write")), clock);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Send(provider, "burst" + i, new RequestSecurity(new[] { "oauth" }))));
        clock.Now = clock.Now.AddMinutes(58);
        await Send(provider, "before-refresh", new RequestSecurity(new[] { "oauth" }));
        clock.Now = clock.Now.AddMinutes(1.5);
        await Send(provider, "after-refresh", new RequestSecurity(new[] { "oauth" }));

        Assert.Equal(2, tokens.Requests.Count);
        var tokenRequest = tokens.Requests.First();
        Assert.Equal(("POST", "grant_type=client_credentials&scope=read+write"), (tokenRequest.Method, tokenRequest.Body));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("client-1:" + ClientSecret)), tokenRequest.Headers["Authorization"]);
        var requests = server.Requests.ToDictionary(r => r.Target, r => r.Headers["Authorization"]);
        Assert.All(Enumerable.Range(0, 8), i => Assert.Equal("Bearer at-1", requests["/burst" + i]));
        Assert.Equal(("Bearer at-1", "Bearer at-2"), (requests["/before-refresh"], requests["/after-refresh"]));
    }

    [Fact]
    public async Task Each_client_registering_an_OAuth2_scheme_gets_its_own_token_and_an_unregistered_one_none()
    {
        var issued = 0;
        await using var tokens = new LoopbackHttpServer(_ => new LoopbackResponse(200, "application/json", "{\"access_token\":\"at-" + Interlocked.Increment(ref issued) + "\",\"expires_in\":3600}"));
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        var services = new ServiceCollection();
        // As the per-tag clients of one spec are: one registration each, the same scheme name in each.
        services.AddHttpClient("repos", client => client.BaseAddress = server.BaseAddress).AddCrossOriginRedirects().AddOAuth2ClientCredentials("oauth", OAuth2(tokens.BaseAddress));
        services.AddHttpClient("issues", client => client.BaseAddress = server.BaseAddress).AddCrossOriginRedirects().AddOAuth2ClientCredentials("oauth", OAuth2(tokens.BaseAddress));
        services.AddHttpClient("users", client => client.BaseAddress = server.BaseAddress).AddCrossOriginRedirects();
        using var provider = services.BuildServiceProvider();
        var factory = provider.GetRequiredService<IHttpClientFactory>();

        foreach (var name in new[] { "repos", "issues", "repos", "issues", "users" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, name);
            RequestSecurity.Mark(request, new RequestSecurity(new[] { "oauth" }));
            using var response = await factory.CreateClient(name).SendAsync(request, TestContext.Current.CancellationToken);
        }

        Assert.Equal(2, tokens.Requests.Count);
        Assert.Equal(
            new[] { "/repos=Bearer at-1", "/issues=Bearer at-2", "/repos=Bearer at-1", "/issues=Bearer at-2", "/users=" },
            server.Requests.Select(r => r.Target + "=" + (r.Headers.TryGetValue("Authorization", out var value) ? value : string.Empty)));
    }

    [Fact]
    public async Task OAuth2_credentials_can_go_in_the_form_body_and_a_token_without_expiry_lasts_the_default_lifetime()
    {
        await using var tokens = new LoopbackHttpServer(200, "application/json", "{\"access_token\":\"at\"}");
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        var clock = new ManualTimeProvider(new DateTimeOffset(2026, 12, 1, 8, 0, 0, TimeSpan.Zero));
        using var provider = Services(server.BaseAddress, builder => builder.AddOAuth2ClientCredentials("oauth", o =>
        {
            OAuth2(tokens.BaseAddress)(o);
            o.SendCredentialsInBody = true;
        }), clock);

        await Send(provider, "a", new RequestSecurity(new[] { "oauth" }));
        clock.Now = clock.Now.AddMinutes(4.5);
        await Send(provider, "b", new RequestSecurity(new[] { "oauth" }));

        Assert.Equal(2, tokens.Requests.Count);
        var tokenRequest = tokens.Requests.First();
        Assert.Equal("grant_type=client_credentials&client_id=client-1&client_secret=" + ClientSecret, tokenRequest.Body);
        Assert.False(tokenRequest.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task An_OAuth2_refusal_names_the_status_and_error_code_but_no_secret_and_sends_nothing()
    {
        await using var tokens = new LoopbackHttpServer(401, "application/json", "{\"error\":\"invalid_client\",\"error_description\":\"bad secret " + ClientSecret + "\"}");
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var provider = Services(server.BaseAddress, builder => builder.AddOAuth2ClientCredentials("oauth", OAuth2(tokens.BaseAddress)));

        var exception = await Assert.ThrowsAsync<OAuth2TokenException>(() => Send(provider, "a", new RequestSecurity(new[] { "oauth" })));

        Assert.Equal((HttpStatusCode.Unauthorized, "invalid_client"), (exception.StatusCode, exception.Error));
        Assert.DoesNotContain(ClientSecret, exception.ToString(), StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task An_oversized_OAuth2_token_response_is_refused()
    {
        await using var tokens = new LoopbackHttpServer(200, "application/json", "{\"access_token\":\"" + new string('a', 70_000) + "\"}");
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var provider = Services(server.BaseAddress, builder => builder.AddOAuth2ClientCredentials("oauth", OAuth2(tokens.BaseAddress)));

        var exception = await Assert.ThrowsAsync<OAuth2TokenException>(() => Send(provider, "a", new RequestSecurity(new[] { "oauth" })));

        Assert.Contains("larger than 65536 bytes", exception.Message, StringComparison.Ordinal);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task A_streamed_OAuth2_token_response_past_the_bound_is_refused_without_waiting_for_its_end()
    {
        // The body outgrows the bound and then never ends: only a bounded read of the stream can answer.
        var stall = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var tokens = new LoopbackHttpServer(_ => new LoopbackResponse(200, "application/json", string.Empty, WriteBody: async stream =>
        {
            await stream.WriteAsync(Encoding.ASCII.GetBytes("{\"access_token\":\"" + new string('a', 100_000)));
            await stream.FlushAsync();
            await stall.Task;
        }));
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var provider = Services(server.BaseAddress, builder => builder.AddOAuth2ClientCredentials("oauth", OAuth2(tokens.BaseAddress)));

        // A guard against hanging when the bound is not applied; a refusal arrives long before it.
        using var guard = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        guard.CancelAfter(TimeSpan.FromSeconds(30));
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, "a");
            RequestSecurity.Mark(request, new RequestSecurity(new[] { "oauth" }));
            var client = provider.GetRequiredService<IHttpClientFactory>().CreateClient("api");

            var exception = await Assert.ThrowsAsync<OAuth2TokenException>(() => client.SendAsync(request, guard.Token));

            Assert.Contains("larger than 65536 bytes", exception.Message, StringComparison.Ordinal);
            Assert.Empty(server.Requests);
        }
        finally
        {
            stall.SetResult();
        }
    }

    [Fact]
    public async Task Callers_queued_behind_a_failing_token_request_share_its_failure_and_a_later_caller_asks_again()
    {
        var gate = new ManualResetEventSlim();
        await using var tokens = new LoopbackHttpServer(_ =>
        {
            gate.Wait(TestContext.Current.CancellationToken);
            return new LoopbackResponse(503, "application/json", "{\"error\":\"temporarily_unavailable\"}");
        });
        using var network = new HttpClient();
        using var cache = new OAuth2TokenCache(Options(new Uri(tokens.BaseAddress, "token")), () => network);

        // The first caller starts the request; the others queue behind it before the endpoint answers.
        var callers = Enumerable.Range(0, 20).Select(_ => cache.GetAccessTokenAsync(TestContext.Current.CancellationToken).AsTask()).ToArray();
        gate.Set();

        foreach (var caller in callers)
        {
            var exception = await Assert.ThrowsAsync<OAuth2TokenException>(() => caller);
            Assert.Equal(HttpStatusCode.ServiceUnavailable, exception.StatusCode);
        }

        Assert.Single(tokens.Requests);
        await Assert.ThrowsAsync<OAuth2TokenException>(() => cache.GetAccessTokenAsync(TestContext.Current.CancellationToken).AsTask());
        Assert.Equal(2, tokens.Requests.Count);
    }

    [Fact]
    public async Task A_caller_waiting_for_the_token_can_be_cancelled_while_the_request_goes_on_for_the_others()
    {
        var gate = new ManualResetEventSlim();
        await using var tokens = new LoopbackHttpServer(_ =>
        {
            gate.Wait(TestContext.Current.CancellationToken);
            return new LoopbackResponse(200, "application/json", "{\"access_token\":\"at\",\"expires_in\":3600}");
        });
        using var network = new HttpClient();
        using var cache = new OAuth2TokenCache(Options(new Uri(tokens.BaseAddress, "token")), () => network);
        using var impatient = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);

        var first = cache.GetAccessTokenAsync(TestContext.Current.CancellationToken).AsTask();
        var waiting = cache.GetAccessTokenAsync(impatient.Token).AsTask();
        await impatient.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.False(first.IsCompleted);
        gate.Set();
        Assert.Equal("at", await first);
        Assert.Single(tokens.Requests);
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task No_credential_is_sent_over_plain_HTTP_to_a_host_that_is_not_loopback(string scheme)
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(Handler(scheme, new Uri("https://127.0.0.1:1/token"), network));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync(new Uri("http://api.example.test/items"), TestContext.Current.CancellationToken));

        Assert.Contains("plain HTTP", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, network.Calls);
    }

    [Theory]
    [InlineData("http://loopback/items", false)]
    [InlineData("http://api.localhost/items", false)]
    [InlineData("http://localhost.example.test/items", false)]
    [InlineData("http://127.0.0.1.example.test/items", false)]
    [InlineData("http://localhost/items", true)]
    [InlineData("http://LocalHost./items", true)]
    [InlineData("http://127.0.0.2/items", true)]
    [InlineData("http://[::1]/items", true)]
    public async Task Plain_HTTP_carries_credentials_only_to_localhost_or_a_loopback_address(string target, bool allowed)
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(Handler("bearer", new Uri("https://127.0.0.1:1/token"), network));

        if (allowed)
        {
            using var response = await client.GetAsync(new Uri(target), TestContext.Current.CancellationToken);
            using var relative = await client.GetAsync(new Uri(new Uri(target), "other?page=2"), TestContext.Current.CancellationToken);
            Assert.Equal(2, network.Calls);
        }
        else
        {
            var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync(new Uri(target), TestContext.Current.CancellationToken));
            Assert.Contains("plain HTTP", exception.Message, StringComparison.Ordinal);
            Assert.Equal(0, network.Calls);
        }
    }

    [Fact]
    public async Task The_OAuth2_secret_is_not_sent_to_a_plain_HTTP_token_endpoint_named_loopback()
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(Handler("oauth2", new Uri("http://loopback/token"), network));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync(new Uri("https://api.example.test/items"), TestContext.Current.CancellationToken));

        Assert.Contains("plain HTTP", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, network.Calls);
    }

    [Fact]
    public async Task The_OAuth2_secret_is_not_sent_to_a_plain_HTTP_token_endpoint_that_is_not_loopback()
    {
        var network = new RecordingHandler();
        using var client = new HttpClient(Handler("oauth2", new Uri("http://login.example.test/token"), network));

        var exception = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync(new Uri("https://api.example.test/items"), TestContext.Current.CancellationToken));

        Assert.Contains("plain HTTP", exception.Message, StringComparison.Ordinal);
        Assert.Equal(0, network.Calls);
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task An_HTTPS_request_is_not_redirected_to_plain_HTTP_even_on_its_own_host(string scheme)
    {
        var network = new RecordingHandler { Answer = request => request.RequestUri!.Scheme == Uri.UriSchemeHttps
            ? new HttpResponseMessage(HttpStatusCode.Found) { Headers = { Location = new Uri("http://" + request.RequestUri.Authority + "/landing") } }
            : new HttpResponseMessage(HttpStatusCode.OK) };
        using var client = new HttpClient(Handler(scheme, new Uri("https://127.0.0.1:1/token"), network));

        using var response = await client.GetAsync(new Uri("https://127.0.0.1/items"), TestContext.Current.CancellationToken);

        // The redirect comes back to the caller unfollowed: the plain HTTP hop is never made, with or without credentials.
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(new[] { "https://127.0.0.1/items" }, network.Sent.Where(u => u.AbsolutePath != "/token").Select(u => u.GetLeftPart(UriPartial.Path)));
    }

    [Theory]
    [MemberData(nameof(Schemes))]
    public async Task A_redirect_to_another_origin_carries_no_credential_and_one_to_the_same_origin_carries_it_once(string scheme)
    {
        await using var tokens = new LoopbackHttpServer(200, "application/json", "{\"access_token\":\"at\",\"expires_in\":3600}");
        await using var elsewhere = new LoopbackHttpServer(200, "application/json", "{}");
        // A server may echo a query key into its Location: the same origin gets it once, another origin not at all.
        var echoed = scheme == "query" ? "api_key=" + Uri.EscapeDataString(Key) : "x=1";
        await using var origin = new LoopbackHttpServer(request => request.Target.StartsWith("/first", StringComparison.Ordinal)
            ? Redirect("/second?" + echoed)
            : Redirect(elsewhere.BaseAddress + "landing?" + echoed + "&page=2"));
        using var provider = Services(origin.BaseAddress, builder => Register(builder, scheme, tokens.BaseAddress));

        await Send(provider, "first", new RequestSecurity(new[] { "s" }));

        var hops = origin.Requests.ToArray();
        Assert.Equal(2, hops.Length);
        Assert.All(hops, hop => Assert.Equal(Expected(scheme), Carried(scheme, hop)));
        if (scheme == "query")
        {
            Assert.Equal("/second?api_key=" + Uri.EscapeDataString(Key), hops[1].Target);
        }

        var landed = Assert.Single(elsewhere.Requests);
        Assert.Equal(scheme == "query" ? "/landing?page=2" : "/landing?x=1&page=2", landed.Target);
        Assert.Null(Carried(scheme, landed));
        Assert.False(landed.Headers.ContainsKey("Authorization") || landed.Headers.ContainsKey("Cookie") || landed.Headers.ContainsKey("X-Api-Key"));
    }

    [Fact]
    public async Task When_two_schemes_are_sent_together_the_handler_that_follows_a_redirect_drops_the_other_s_credentials_too()
    {
        await using var elsewhere = new LoopbackHttpServer(200, "application/json", "{}");
        await using var origin = new LoopbackHttpServer(_ => Redirect(elsewhere.BaseAddress + "landing?page=2&tenant=" + Uri.EscapeDataString(Key)));
        using var provider = Services(origin.BaseAddress, builder => builder
            .AddApiKey("header", ApiKeyLocation.Header, "X-Custom-Key", o => o.ApiKey = Key)
            .AddApiKey("query", ApiKeyLocation.Query, "tenant", o => o.ApiKey = Key)
            .AddBearerToken("bearer", o => o.Token = Token));

        // No RequestCredentials mark: only the handlers know the names they added.
        await Send(provider, "first", new RequestSecurity(new[] { "header", "query", "bearer" }));

        var first = Assert.Single(origin.Requests);
        Assert.Equal((Key, "Bearer " + Token), (first.Headers["X-Custom-Key"], first.Headers["Authorization"]));
        Assert.Contains("tenant=", first.Target, StringComparison.Ordinal);
        var landed = Assert.Single(elsewhere.Requests);
        Assert.Equal("/landing?page=2", landed.Target);
        Assert.False(landed.Headers.ContainsKey("X-Custom-Key") || landed.Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task The_factory_s_logs_show_no_key_token_password_or_client_secret()
    {
        await using var tokens = new LoopbackHttpServer(200, "application/json", "{\"access_token\":\"ACCESS-77\",\"expires_in\":3600}");
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        var logs = new CapturingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddHttpClient("api", client => client.BaseAddress = server.BaseAddress).AddCrossOriginRedirects()
            .AddApiKey("header", ApiKeyLocation.Header, "X-Custom-Key", o => o.ApiKey = Key)
            .AddApiKey("query", ApiKeyLocation.Query, "key", o => o.ApiKey = Key + "-Q")
            .AddApiKey("cookie", ApiKeyLocation.Cookie, "sid", o => o.ApiKey = Key + "-C")
            .AddBasicAuthentication("basic", o => (o.UserName, o.Password) = ("ana", Password))
            .AddOAuth2ClientCredentials("oauth", OAuth2(tokens.BaseAddress));
        using var provider = services.BuildServiceProvider();

        await Send(provider, "a", new RequestSecurity(new[] { "header", "query", "cookie", "basic" }));
        await Send(provider, "b", new RequestSecurity(new[] { "oauth" }));

        Assert.Equal(2, server.Requests.Count);
        Assert.Contains(logs.Messages, message => message.Contains(server.BaseAddress.Authority + "/a", StringComparison.Ordinal));
        // The token request's own client logs too, and its Authorization: Basic carries the client id and secret.
        Assert.Contains(logs.Messages, message => message.Contains(tokens.BaseAddress.Authority + "/token", StringComparison.Ordinal));
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("client-1:" + ClientSecret)), Assert.Single(tokens.Requests).Headers["Authorization"]);
        var secrets = new[]
        {
            Key, Uri.EscapeDataString(Key), Password, ClientSecret, "ACCESS-77", Convert.ToBase64String(Encoding.UTF8.GetBytes("ana:" + Password)),
            Convert.ToBase64String(Encoding.UTF8.GetBytes("client-1:" + ClientSecret)),
        };
        Assert.All(logs.Messages, message => Assert.DoesNotContain(secrets, secret => message.Contains(secret, StringComparison.Ordinal)));
    }

    [Fact]
    public void Missing_credentials_fail_at_registration_naming_the_setting()
    {
        var builder = new ServiceCollection().AddHttpClient("api");

        var missing = new Exception[]
        {
            Assert.Throws<MissingCredentialsException>(() => builder.AddApiKey("k", ApiKeyLocation.Header, "X-Api-Key", _ => { })),
            Assert.Throws<MissingCredentialsException>(() => builder.AddBearerToken("b", _ => { })),
            Assert.Throws<MissingCredentialsException>(() => builder.AddBasicAuthentication("u", o => o.UserName = "ana")),
            Assert.Throws<MissingCredentialsException>(() => builder.AddOAuth2ClientCredentials("o", o => o.ClientId = "c")),
        };

        Assert.Equal(
            new[] { "the API key (ApiKey)", "the token (Token)", "the password (Password)", "the token endpoint (TokenUrl), the client secret (ClientSecret)" },
            missing.Select(e => string.Join(", ", ((MissingCredentialsException)e).Missing)));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-30")]
    [InlineData("\"0\"")]
    public async Task An_OAuth2_token_that_expires_at_once_serves_its_request_and_is_not_cached(string expiresIn)
    {
        var issued = 0;
        await using var tokens = new LoopbackHttpServer(_ => new LoopbackResponse(200, "application/json", "{\"access_token\":\"at-" + Interlocked.Increment(ref issued) + "\",\"expires_in\":" + expiresIn + "}"));
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var provider = Services(server.BaseAddress, builder => builder.AddOAuth2ClientCredentials("oauth", OAuth2(tokens.BaseAddress)));

        await Send(provider, "a", new RequestSecurity(new[] { "oauth" }));
        await Send(provider, "b", new RequestSecurity(new[] { "oauth" }));

        Assert.Equal(2, tokens.Requests.Count);
        Assert.Equal(new[] { "Bearer at-1", "Bearer at-2" }, server.Requests.Select(r => r.Headers["Authorization"]));
    }

    [Fact]
    public void OAuth2_timing_and_size_settings_out_of_range_fail_at_registration()
    {
        var builder = new ServiceCollection().AddHttpClient("api");
        var tokenServer = new Uri("https://login.example.test/");

        var refused = new[]
        {
            Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddOAuth2ClientCredentials("a", o => { OAuth2(tokenServer)(o); o.DefaultLifetime = TimeSpan.Zero; })),
            Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddOAuth2ClientCredentials("b", o => { OAuth2(tokenServer)(o); o.DefaultLifetime = TimeSpan.MaxValue; })),
            Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddOAuth2ClientCredentials("c", o => { OAuth2(tokenServer)(o); o.RefreshBeforeExpiry = TimeSpan.FromSeconds(-1); })),
            Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddOAuth2ClientCredentials("d", o => { OAuth2(tokenServer)(o); o.MaxTokenResponseBytes = 0; })),
        };

        Assert.Equal(new[] { "DefaultLifetime", "DefaultLifetime", "RefreshBeforeExpiry", "MaxTokenResponseBytes" }, refused.Select(e => e.ParamName));
    }

    [Theory]
    [InlineData(ApiKeyLocation.Header, "X Api Key")]
    [InlineData(ApiKeyLocation.Header, "X-Api-Key:")]
    [InlineData(ApiKeyLocation.Header, "X-Ä")]
    [InlineData(ApiKeyLocation.Cookie, "session id")]
    [InlineData(ApiKeyLocation.Cookie, "sid;admin")]
    [InlineData((ApiKeyLocation)7, "X-Api-Key")]
    public void An_api_key_name_that_cannot_be_sent_fails_at_registration(ApiKeyLocation location, string name)
    {
        var builder = new ServiceCollection().AddHttpClient("api");

        var exception = Assert.ThrowsAny<ArgumentException>(() => builder.AddApiKey("k", location, name, o => o.ApiKey = Key));

        Assert.Equal(location is ApiKeyLocation.Header or ApiKeyLocation.Cookie ? "name" : "location", exception.ParamName);
    }

    [Fact]
    public async Task A_query_api_key_name_may_hold_any_character_as_it_is_escaped()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", "{}");
        using var provider = Services(server.BaseAddress, builder => builder.AddApiKey("k", ApiKeyLocation.Query, "api key", o => o.ApiKey = Key));

        await Send(provider, "a", new RequestSecurity(new[] { "k" }));

        Assert.Equal("/a?api%20key=" + Uri.EscapeDataString(Key), Assert.Single(server.Requests).Target);
    }

    [Fact]
    public void Secrets_never_appear_in_text_meant_for_people()
    {
        var texts = new object[]
        {
            new ApiKeyOptions { ApiKey = Key },
            new ApiKeyHandler(ApiKeyLocation.Query, "k", new ApiKeyOptions { ApiKey = Key }),
            new BearerTokenOptions { Token = Token },
            new BearerTokenHandler(new BearerTokenOptions { Token = Token }),
            new BasicAuthenticationOptions { UserName = "ana", Password = Password },
            new BasicAuthenticationHandler(new BasicAuthenticationOptions { UserName = "ana", Password = Password }),
            Options(new Uri("https://login.example.test/token")),
        }.Select(o => o.ToString()!).ToArray();

        Assert.All(texts, text => Assert.DoesNotContain(Key, text, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain(Token, text, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain(Password, text, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain(ClientSecret, text, StringComparison.Ordinal));
        Assert.Contains("***", texts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_requirement_prefers_the_first_complete_alternative_that_names_a_scheme()
    {
        var security = new RequestSecurity(Array.Empty<string>(), new[] { "a", "b" }, new[] { "c" });

        Assert.Equal(new[] { "c" }, security.Choose(new[] { "a", "c" }));
        Assert.Equal(new[] { "a", "b" }, security.Choose(new[] { "a", "b", "c" }));
        Assert.Empty(security.Choose(new[] { "a" }));
        Assert.Empty(RequestSecurity.None.Choose(new[] { "a" }));
        Assert.Equal("RequestSecurity { {} or {a and b} or {c} }", security.ToString());
    }

    private static Action<OAuth2ClientCredentialsOptions> OAuth2(Uri tokenServer, params string[] scopes) => o =>
    {
        o.TokenUrl = new Uri(tokenServer, "token");
        o.ClientId = "client-1";
        o.ClientSecret = ClientSecret;
        foreach (var scope in scopes)
        {
            o.Scopes.Add(scope);
        }
    };

    private static OAuth2ClientCredentialsOptions Options(Uri tokenUrl)
    {
        var options = new OAuth2ClientCredentialsOptions();
        OAuth2(tokenUrl)(options);
        options.TokenUrl = tokenUrl;
        return options;
    }

    private static void Register(IHttpClientBuilder builder, string scheme, Uri tokenServer)
    {
        _ = scheme switch
        {
            "header" => builder.AddApiKey("s", ApiKeyLocation.Header, "X-Api-Key", o => o.ApiKey = Key),
            "query" => builder.AddApiKey("s", ApiKeyLocation.Query, "api_key", o => o.ApiKey = Key),
            "cookie" => builder.AddApiKey("s", ApiKeyLocation.Cookie, "session", o => o.ApiKey = Key),
            "bearer" => builder.AddBearerToken("s", o => o.Token = Token),
            "basic" => builder.AddBasicAuthentication("s", o => (o.UserName, o.Password) = ("ana", Password)),
            _ => builder.AddOAuth2ClientCredentials("s", OAuth2(tokenServer)),
        };
    }

    private static SecuritySchemeHandler Handler(string scheme, Uri tokenUrl, HttpMessageHandler network)
    {
        SecuritySchemeHandler handler = scheme switch
        {
            "header" => new ApiKeyHandler(ApiKeyLocation.Header, "X-Api-Key", new ApiKeyOptions { ApiKey = Key }),
            "query" => new ApiKeyHandler(ApiKeyLocation.Query, "api_key", new ApiKeyOptions { ApiKey = Key }),
            "cookie" => new ApiKeyHandler(ApiKeyLocation.Cookie, "session", new ApiKeyOptions { ApiKey = Key }),
            "bearer" => new BearerTokenHandler(new BearerTokenOptions { Token = Token }),
            "basic" => new BasicAuthenticationHandler(new BasicAuthenticationOptions { UserName = "ana", Password = Password }),
            _ => new OAuth2ClientCredentialsHandler(new OAuth2TokenCache(Options(tokenUrl), () => new HttpMessageInvoker(network))),
        };
        handler.InnerHandler = network;
        return handler;
    }

    /// <summary>The credential of <paramref name="scheme"/> as it arrived, or null.</summary>
    private static string? Carried(string scheme, RecordedRequest request)
    {
        var target = request.Target;
        return scheme switch
        {
            "header" => request.Headers.TryGetValue("X-Api-Key", out var key) ? key : null,
            "query" => target.Split('?').Skip(1).SelectMany(q => q.Split('&')).Where(p => p.StartsWith("api_key=", StringComparison.Ordinal)).Select(p => p + "#" + target.Split("api_key=").Length).FirstOrDefault(),
            "cookie" => request.Headers.TryGetValue("Cookie", out var cookie) ? cookie : null,
            _ => request.Headers.TryGetValue("Authorization", out var authorization) ? authorization : null,
        };
    }

    private static string Expected(string scheme) => scheme switch
    {
        "header" => Key,
        "query" => "api_key=" + Uri.EscapeDataString(Key) + "#2",
        "cookie" => "session=" + Uri.EscapeDataString(Key),
        "bearer" => "Bearer " + Token,
        "basic" => "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ana:" + Password)),
        _ => "Bearer at",
    };

    private static LoopbackResponse Redirect(string location) =>
        new(302, "text/plain", string.Empty, new Dictionary<string, string> { ["Location"] = location });

    private static ServiceProvider Services(Uri baseAddress, Action<IHttpClientBuilder> configure, TimeProvider? clock = null)
    {
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        var builder = services.AddHttpClient("api", client => client.BaseAddress = baseAddress).AddCrossOriginRedirects();
        configure(builder);
        return services.BuildServiceProvider();
    }

    private static async Task Send(ServiceProvider provider, string target, RequestSecurity? security, Action<HttpRequestMessage>? prepare = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, target);
        if (security is not null)
        {
            RequestSecurity.Mark(request, security);
        }

        prepare?.Invoke(request);
        using var response = await provider.GetRequiredService<IHttpClientFactory>().CreateClient("api").SendAsync(request, TestContext.Current.CancellationToken);
    }

    private sealed class RecordingHandler : HttpMessageHandler
    {
        public int Calls { get; private set; }

        public List<Uri> Sent { get; } = new();

        public Func<HttpRequestMessage, HttpResponseMessage>? Answer { get; init; }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            Sent.Add(request.RequestUri!);
            if (request.RequestUri!.AbsolutePath == "/token")
            {
                return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("{\"access_token\":\"at\",\"expires_in\":3600}") });
            }

            return Task.FromResult(Answer?.Invoke(request) ?? new HttpResponseMessage(HttpStatusCode.OK));
        }
    }
}
