using System;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Calls;
using CodeGen.Benchmarks.Generated.Kps;
using CodeGen.Runtime.Authentication;

namespace CodeGen.Benchmarks.Signing;

/// <summary>
/// A generated KPS call (its requests carry the spec's security requirement) with no handler, and with each
/// security scheme handler choosing the requirement's alternative and adding its credential.
/// </summary>
[MemoryDiagnoser]
public class SecuritySchemeBenchmarks
{
    private const string ProjectId = "0123456789abcdef0123456789abcdef";

    private KpsClient _plain = null!;
    private KpsClient _headerKey = null!;
    private KpsClient _queryKey = null!;
    private KpsClient _bearer = null!;
    private KpsClient _oauth2 = null!;
    private KpsClient _notChosen = null!;

    [GlobalSetup]
    public void Setup()
    {
        var body = Encoding.UTF8.GetBytes(ExampleResponder.KpsRunningTasks);
        var address = new Uri("https://kms.cn-north-4.myhuaweicloud.com/");
        KpsClient Client(HttpMessageHandler handler) => new(new HttpClient(handler) { BaseAddress = address });
        T Inner<T>(T handler)
            where T : DelegatingHandler
        {
            handler.InnerHandler = new ExampleResponder(body);
            return handler;
        }

        _plain = Client(new ExampleResponder(body));
        _headerKey = Client(Inner(new ApiKeyHandler(ApiKeyLocation.Header, "X-Auth-Token", new ApiKeyOptions { ApiKey = "token-value" }) { SchemeName = "iamToken" }));
        _queryKey = Client(Inner(new ApiKeyHandler(ApiKeyLocation.Query, "token", new ApiKeyOptions { ApiKey = "token-value" }) { SchemeName = "iamToken" }));
        _bearer = Client(Inner(new BearerTokenHandler(new BearerTokenOptions { Token = "token-value" }) { SchemeName = "iamToken" }));
        var options = new OAuth2ClientCredentialsOptions { TokenUrl = new Uri("https://login.example.test/token"), ClientId = "id", ClientSecret = "secret" };
        var tokens = new HttpMessageInvoker(new ExampleResponder(Encoding.UTF8.GetBytes("""{"access_token":"at","expires_in":86400}""")));
        var cache = new OAuth2TokenCache(options, () => tokens);
        cache.GetAccessTokenAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();
        _oauth2 = Client(Inner(new OAuth2ClientCredentialsHandler(cache) { SchemeName = "iamToken" }));
        _notChosen = Client(Inner(new BearerTokenHandler(new BearerTokenOptions { Token = "token-value" }) { SchemeName = "elsewhere" }));
    }

    [Benchmark(Baseline = true)]
    public async Task<int?> NoHandler() => (await _plain.ListRunningTaskAsync(ProjectId)).Total;

    [Benchmark]
    public async Task<int?> HeaderApiKey() => (await _headerKey.ListRunningTaskAsync(ProjectId)).Total;

    [Benchmark]
    public async Task<int?> QueryApiKey() => (await _queryKey.ListRunningTaskAsync(ProjectId)).Total;

    [Benchmark]
    public async Task<int?> Bearer() => (await _bearer.ListRunningTaskAsync(ProjectId)).Total;

    [Benchmark]
    public async Task<int?> OAuth2CachedToken() => (await _oauth2.ListRunningTaskAsync(ProjectId)).Total;

    [Benchmark]
    public async Task<int?> HandlerNotChosen() => (await _notChosen.ListRunningTaskAsync(ProjectId)).Total;
}
