using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// A spec's securitySchemes become typed registration methods, and each operation carries exactly the credentials its
/// <c>security</c> requires (operation over document, <c>security: []</c> for none), over real HTTP on 127.0.0.1.
/// </summary>
public sealed class SecuritySchemeGenerationTests
{
    private const string SpecText = """
        openapi: 3.0.3
        info: {title: Pets, version: '1'}
        servers: [{url: 'https://pets.example.test'}]
        security:
          - api_key: []
        paths:
          /default: {get: {operationId: byDefault, responses: {'204': {description: ok}}}}
          /public: {get: {operationId: open, security: [], responses: {'204': {description: ok}}}}
          /query: {get: {operationId: byQuery, security: [{query_key: []}], responses: {'204': {description: ok}}}}
          /cookie: {get: {operationId: byCookie, security: [{session: []}], responses: {'204': {description: ok}}}}
          /bearer: {get: {operationId: byBearer, security: [{bearer: []}], responses: {'204': {description: ok}}}}
          /basic: {get: {operationId: byBasic, tags: [admin], security: [{basic: []}], responses: {'204': {description: ok}}}}
          /both: {get: {operationId: byBoth, tags: [admin], security: [{api_key: [], bearer: []}], responses: {'204': {description: ok}}}}
          /either: {get: {operationId: byEither, security: [{oidc: []}, {oauth: [read]}], responses: {'204': {description: ok}}}}
          /oauth: {get: {operationId: byOAuth, security: [{oauth: [write]}], responses: {'204': {description: ok}}}}
          /signed: {get: {operationId: bySigning, security: [{signing: []}], responses: {'204': {description: ok}}}}
        components:
          securitySchemes:
            api_key: {type: apiKey, in: header, name: X-Api-Key, description: The tenant's key.}
            query_key: {type: apiKey, in: query, name: key}
            session: {type: apiKey, in: cookie, name: sid}
            bearer: {type: http, scheme: bearer, bearerFormat: JWT}
            basic: {type: http, scheme: Basic}
            oauth:
              type: oauth2
              flows:
                clientCredentials:
                  tokenUrl: 'https://login.example.test/token'
                  scopes: {read: Read pets, write: Change pets}
            oidc: {type: openIdConnect, openIdConnectUrl: 'https://login.example.test/.well-known/openid-configuration'}
            signing: {type: apiKey, in: header, name: Authorization, x-codegen-signing: SDK-HMAC-SHA256}
        """;

    private const string ProbeSource = """
        using System;
        using System.Threading.Tasks;
        using Microsoft.Extensions.DependencyInjection;
        using Pets;

        public static class Probe
        {
            public static async Task<string> CallAll(Uri origin, Uri tokenUrl)
            {
                var services = new ServiceCollection();
                services.AddPetsClient(options => options.Endpoint = origin)
                    .AddPetsApiKey(o => o.ApiKey = "HEADER-KEY")
                    .AddPetsQueryKey(o => o.ApiKey = "QUERY KEY")
                    .AddPetsSession(o => o.ApiKey = "COOKIE-KEY")
                    .AddPetsBearer(o => o.Token = "BEARER-TOKEN")
                    .AddPetsBasic(o => { o.UserName = "ana"; o.Password = "PASSWORD"; })
                    .AddPetsOauth(o => { o.TokenUrl = tokenUrl; o.ClientId = "client"; o.ClientSecret = "CLIENT-SECRET"; });
                using var provider = services.BuildServiceProvider();
                var client = provider.GetRequiredService<IPetsClient>();
                await client.ByDefaultAsync();
                await client.OpenAsync();
                await client.ByQueryAsync();
                await client.ByCookieAsync();
                await client.ByBearerAsync();
                await client.ByBasicAsync();
                await client.ByBothAsync();
                await client.ByEitherAsync();
                await client.ByOAuthAsync();
                await client.BySigningAsync();
                return "done";
            }

            public static string Missing()
            {
                try
                {
                    new ServiceCollection().AddPetsClient().AddPetsBasic(o => o.UserName = "ana");
                    return "no exception";
                }
                catch (CodeGen.Runtime.Credentials.MissingCredentialsException exception)
                {
                    return string.Join(",", exception.Missing);
                }
            }
        }
        """;

    private static readonly Spec Pets = new("/project/specs/pets.yaml", SpecText, "Pets", "PetsClient");

    private static readonly Lazy<GeneratedCode> Generated = new(() => GeneratedCode.Compile(Pets, ProbeSource));

    [Fact]
    public async Task Each_operation_carries_exactly_the_credentials_its_security_requires()
    {
        await using var tokens = new LoopbackHttpServer(200, "application/json", """{"access_token":"ACCESS-TOKEN","token_type":"bearer","expires_in":3600}""");
        await using var server = new LoopbackHttpServer(204, "text/plain", string.Empty);

        await Generated.Value.CallAsync<string>("CallAll", server.BaseAddress, new Uri(tokens.BaseAddress, "token"));

        var sent = server.Requests.ToDictionary(r => r.Target.Split('?')[0], Credentials);
        Assert.Equal("X-Api-Key=HEADER-KEY", sent["/default"]);
        Assert.Equal(string.Empty, sent["/public"]);
        Assert.Equal("query=key=QUERY%20KEY", sent["/query"]);
        Assert.Equal("Cookie=sid=COOKIE-KEY", sent["/cookie"]);
        Assert.Equal("Authorization=Bearer BEARER-TOKEN", sent["/bearer"]);
        Assert.Equal("Authorization=Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("ana:PASSWORD")), sent["/basic"]);
        Assert.Equal("Authorization=Bearer BEARER-TOKEN;X-Api-Key=HEADER-KEY", sent["/both"]);
        Assert.Equal("Authorization=Bearer ACCESS-TOKEN", sent["/either"]);
        Assert.Equal("Authorization=Bearer ACCESS-TOKEN", sent["/oauth"]);
        Assert.Equal(string.Empty, sent["/signed"]);

        // One token serves both OAuth2 operations, asked for with every scope they require.
        var tokenRequest = Assert.Single(tokens.Requests);
        Assert.Equal("grant_type=client_credentials&scope=read+write", tokenRequest.Body);
    }

    [Fact]
    public void A_missing_credential_fails_at_registration()
    {
        Assert.Equal("the password (Password)", Generated.Value.Call<string>("Missing"));
    }

    [Theory]
    [InlineData(NullableContextOptions.Enable, null)]
    [InlineData(NullableContextOptions.Disable, null)]
    [InlineData(NullableContextOptions.Enable, "PerTag")]
    public void The_registration_methods_compile_without_warnings_and_only_for_the_schemes_they_can_serve(NullableContextOptions nullable, string? clients)
    {
        var spec = clients is null ? Pets : Pets.With("Clients", clients);

        var result = GeneratorHarness.Run(new[] { spec }, nullable: nullable, documented: true);

        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
        var registration = result.OutputCompilation.GetTypeByMetadataName("Pets.PetsClientServiceCollectionExtensions")!;
        var methods = registration.GetMembers().OfType<IMethodSymbol>().Where(m => m.IsExtensionMethod).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "AddPetsApiKey", "AddPetsBasic", "AddPetsBearer", "AddPetsClient", "AddPetsOauth", "AddPetsQueryKey", "AddPetsSession" }, methods);
    }

    [Fact]
    public void A_spec_without_security_schemes_marks_no_request()
    {
        var result = GeneratorHarness.Run(new[] { new Spec("/project/specs/plain.yaml", "openapi: 3.0.3\ninfo: {title: Plain, version: '1'}\npaths:\n  /a: {get: {responses: {'204': {description: ok}}}}\n", "Plain", "PlainClient") });

        Assert.DoesNotContain(result.Sources, s => s.Text.Contains("RequestSecurity", StringComparison.Ordinal));
    }

    [Fact]
    public void A_requirement_naming_an_undeclared_scheme_and_a_scheme_without_a_method_are_reported_where_they_stand()
    {
        const string text = """
            openapi: 3.0.3
            info: {title: P, version: '1'}
            security:
              - ghost: []
            paths:
              /a:
                get:
                  security:
                    - phantom: [read]
                    - real: []
                  responses: {'204': {description: ok}}
            components:
              securitySchemes:
                real: {type: http, scheme: bearer}
                oidc: {type: openIdConnect, openIdConnectUrl: 'https://login.example.test/.well-known/openid-configuration'}
            """;

        var result = GeneratorHarness.Run(new[] { new Spec("/specs/p.yaml", text, "P", "PClient") });

        var found = result.GeneratorDiagnostics
            .Select(d => (d.Id, d.Severity, Line: d.Location.GetLineSpan().StartLinePosition.Line + 1, Column: d.Location.GetLineSpan().StartLinePosition.Character + 1))
            .OrderBy(d => d.Line);
        Assert.Equal(new[] { ("OAPI040", DiagnosticSeverity.Warning, 4, 5), ("OAPI040", DiagnosticSeverity.Warning, 9, 11), ("OAPI010", DiagnosticSeverity.Info, 15, 5) }, found);
        Assert.Contains("'phantom'", result.GeneratorDiagnostics.Single(d => d.Location.GetLineSpan().StartLinePosition.Line == 8).GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("new string[] { \"phantom\" }, new string[] { \"real\" }", result.Source("Client.g.cs"), StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems());
    }

    [Fact]
    public void Colliding_scheme_names_are_reported_and_keep_their_methods_when_another_scheme_is_added()
    {
        const string text = """
            openapi: 3.0.3
            info: {title: P, version: '1'}
            paths:
              /a: {get: {security: [{api_key: []}], responses: {'204': {description: ok}}}}
            components:
              securitySchemes:
                api_key: {type: apiKey, in: header, name: X-First}
                apiKey: {type: apiKey, in: header, name: X-Second}
                ApiKey: {type: apiKey, in: header, name: X-Third}
                API_KEY: {type: apiKey, in: header, name: X-Fourth}
            """;

        var result = GeneratorHarness.Run(new[] { new Spec("/specs/p.yaml", text, "P", "PClient") });
        // A scheme declared later whose name sorts first: the existing methods keep their names.
        var extended = GeneratorHarness.Run(new[] { new Spec("/specs/p.yaml", text + "\n    API-KEY: {type: apiKey, in: header, name: X-Fifth}\n", "P", "PClient") });

        var expected = new Dictionary<string, string> { ["api_key"] = "AddPApiKey", ["apiKey"] = "AddPApiKey2", ["ApiKey"] = "AddPApiKey3", ["API_KEY"] = "AddPApiKey4" };
        Assert.Equal(expected, MethodsBySchemes(result.Source("Registration.g.cs")));
        Assert.Equal(new Dictionary<string, string>(expected) { ["API-KEY"] = "AddPApiKey5" }, MethodsBySchemes(extended.Source("Registration.g.cs")));
        var collisions = result.GeneratorDiagnostics.Where(d => d.Id == "OAPI005").ToList();
        Assert.Equal(new[] { 8, 9, 10 }, collisions.Select(d => d.Location.GetLineSpan().StartLinePosition.Line + 1));
        Assert.All(collisions, d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
        Assert.Contains("'AddPApiKey2'", collisions[0].GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems());
    }

    /// <summary>Each generated registration method by the scheme name it registers.</summary>
    private static Dictionary<string, string> MethodsBySchemes(string registration) =>
        System.Text.RegularExpressions.Regex.Matches(registration, @"IHttpClientBuilder (Add\w+)\(this [^\n]*IHttpClientBuilder builder[\s\S]*?SecuritySchemeHttpClientBuilderExtensions\.Add\w+\(builder, ""([^""]+)""")
            .ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value);

    /// <summary>The credentials a request arrived with, as sorted name=value pairs.</summary>
    private static string Credentials(RecordedRequest request)
    {
        var found = new List<string>();
        foreach (var header in new[] { "Authorization", "Cookie", "X-Api-Key" })
        {
            if (request.Headers.TryGetValue(header, out var value))
            {
                found.Add(header + "=" + value);
            }
        }

        if (request.Target.Split('?') is [_, var query])
        {
            found.Add("query=" + query);
        }

        return string.Join(";", found.OrderBy(f => f, StringComparer.Ordinal));
    }
}
