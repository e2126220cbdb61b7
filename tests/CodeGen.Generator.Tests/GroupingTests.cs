using System;
using System.Linq;
using System.Threading.Tasks;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary><c>Clients="PerTag"</c>: a client per tag, sharing the spec's models, JSON context and options.</summary>
public sealed class GroupingTests
{
    private static Spec PerTag() => Spec.FromFile("Specs/selection.yaml", "Sel", "SelClient").With("Clients", "PerTag");

    [Fact]
    public void Each_tag_gets_an_interface_a_class_and_a_registration_and_the_models_are_declared_once()
    {
        var result = GeneratorHarness.Run(PerTag());

        // The one note says that the spec's unused schema is left out.
        Assert.Equal(new[] { "OAPI036" }, result.GeneratorDiagnostics.Select(d => d.Id).ToArray());
        Assert.Empty(result.CompilationProblems());
        foreach (var client in new[] { "PetsClient", "StoresClient", "UsersClient", "AdminClient" })
        {
            Assert.NotNull(result.OutputCompilation.GetTypeByMetadataName("Sel." + client));
            Assert.NotNull(result.OutputCompilation.GetTypeByMetadataName("Sel.I" + client));
            var registration = result.OutputCompilation.GetTypeByMetadataName("Sel." + client + "ServiceCollectionExtensions");
            Assert.NotNull(registration);
            Assert.Single(registration!.GetMembers("Add" + client));
        }

        Assert.Equal(new[] { "CreatePetAsync", "GetPetAsync", "ListPetsAsync" }, Methods(result, "Sel.IPetsClient"));
        Assert.Equal(new[] { "GetInventoryAsync" }, Methods(result, "Sel.IStoresClient"));
        Assert.Equal(new[] { "ListUsersAsync" }, Methods(result, "Sel.IUsersClient"));

        // deletePet lists admin first; health has no tag and stays on the spec's own client.
        Assert.Equal(new[] { "DeletePetAsync" }, Methods(result, "Sel.IAdminClient"));
        Assert.Equal(new[] { "HealthAsync" }, Methods(result, "Sel.ISelClient"));
        Assert.Single(result.Sources, s => s.HintName.EndsWith(".Models.g.cs", StringComparison.Ordinal));
        Assert.Single(result.Sources, s => s.HintName.EndsWith(".JsonContext.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void Adding_operations_and_tags_renames_no_client_and_no_method()
    {
        var spec = PerTag();
        var grown = spec with
        {
            Text = spec.Text.Replace("  /health:\n", """
                  /zoos:
                    get:
                      operationId: listZoos
                      tags: [zoos, pets]
                      responses:
                        '204':
                          description: None.
                  /pets/{petId}/photos:
                    get:
                      operationId: listPhotos
                      tags: [pets]
                      parameters:
                        - {name: petId, in: path, required: true, schema: {type: string}}
                      responses:
                        '204':
                          description: None.
                  /health:

                """.Replace("\r\n", "\n")),
        };
        Assert.NotEqual(spec.Text, grown.Text);

        var before = GeneratorHarness.Run(spec);
        var after = GeneratorHarness.Run(grown);

        Assert.Empty(after.CompilationProblems());
        Assert.Equal(new[] { "ListZoosAsync" }, Methods(after, "Sel.IZoosClient"));
        Assert.Equal(new[] { "CreatePetAsync", "GetPetAsync", "ListPetsAsync", "ListPhotosAsync" }, Methods(after, "Sel.IPetsClient"));
        foreach (var client in new[] { "Sel.IStoresClient", "Sel.IUsersClient", "Sel.IAdminClient", "Sel.ISelClient" })
        {
            Assert.Equal(Methods(before, client), Methods(after, client));
        }
    }

    [Fact]
    public void A_schema_named_like_a_tag_client_gives_way_to_the_client()
    {
        var spec = PerTag();
        var clash = spec with { Text = spec.Text.Replace("    Unused:\n", "    PetsClient:\n") };
        Assert.NotEqual(spec.Text, clash.Text);

        var result = GeneratorHarness.Run(clash.With("KeepUnusedSchemas", "true"));

        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "OAPI005" && d.GetMessage().Contains("PetsClient2", StringComparison.Ordinal));
        Assert.Equal(new[] { "CreatePetAsync", "GetPetAsync", "ListPetsAsync" }, Methods(result, "Sel.IPetsClient"));
        Assert.NotNull(result.OutputCompilation.GetTypeByMetadataName("Sel.PetsClient2"));
        Assert.Empty(result.CompilationProblems());
    }

    [Fact]
    public void An_unknown_Clients_value_is_a_warning_and_one_client_is_generated()
    {
        var result = GeneratorHarness.Run(Spec.FromFile("Specs/selection.yaml", "Sel", "SelClient").With("Clients", "PerPath"));

        var warning = Assert.Single(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Warning);
        Assert.Equal("OAPI032", warning.Id);
        Assert.Contains("PerPath", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Null(result.OutputCompilation.GetTypeByMetadataName("Sel.PetsClient"));
        Assert.Equal(7, Methods(result, "Sel.ISelClient").Length);
    }

    [Fact]
    public void Without_Clients_the_output_is_what_it_was()
    {
        var plain = GeneratorHarness.Run(Spec.FromFile("Specs/selection.yaml", "Sel", "SelClient")).Sources.ToList();
        var single = GeneratorHarness.Run(Spec.FromFile("Specs/selection.yaml", "Sel", "SelClient").With("Clients", " ")).Sources.ToList();

        Assert.Equal(plain, single);
    }

    [Fact]
    public async Task Each_registered_tag_client_calls_the_service_through_the_shared_options()
    {
        await using var server = new LoopbackHttpServer(request => request.Target.StartsWith("/stores/", StringComparison.Ordinal)
            ? new LoopbackResponse(200, "application/json", """{"apples":{"count":3}}""")
            : new LoopbackResponse(200, "application/json", """{"items":[{"name":"ada"}]}"""));
        var code = GeneratedCode.Compile(
            PerTag(),
            """
            using System;
            using System.Threading.Tasks;
            using Microsoft.Extensions.DependencyInjection;
            using Sel;

            public static class Probe
            {
                public static async Task<string> Call(Uri endpoint)
                {
                    var services = new ServiceCollection();
                    services.AddStoresClient(o => o.Endpoint = endpoint);
                    services.AddUsersClient(o => o.Endpoint = endpoint);
                    using var provider = services.BuildServiceProvider();
                    var stock = await provider.GetRequiredService<IStoresClient>().GetInventoryAsync("s1");
                    var users = await provider.GetRequiredService<IUsersClient>().ListUsersAsync();
                    return stock["apples"].Count + " " + users.Items![0].Name;
                }
            }
            """);

        var answer = await code.CallAsync<string>("Call", server.BaseAddress);

        Assert.Equal("3 ada", answer);
        Assert.Equal(new[] { "/stores/s1/inventory", "/users" }, server.Targets.ToArray());
    }

    [Fact]
    public void Two_tags_of_the_GitHub_spec_become_two_clients_that_compile()
    {
        var path = System.IO.Path.Combine(NpmCorpus.Package("@octokit/openapi"), "generated", "api.github.com.json");
        var spec = new Spec(path, System.IO.File.ReadAllText(path), "GitHub", "GitHubClient").With("IncludeTags", "repos;issues").With("Clients", "PerTag");

        var result = GeneratorHarness.Run(spec);
        var errors = result.OutputCompilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.True(errors.Count == 0, errors.Count + " errors, first: " + string.Join("\n", errors.Take(10)));
        Assert.Contains("ReposGetAsync", Methods(result, "GitHub.IReposClient"));
        Assert.Contains("IssuesGetAsync", Methods(result, "GitHub.IIssuesClient"));
        Assert.DoesNotContain("IssuesGetAsync", Methods(result, "GitHub.IReposClient"));
        Assert.Empty(Methods(result, "GitHub.IGitHubClient"));
    }

    private static string[] Methods(GenerationResult result, string interfaceName) =>
        result.OutputCompilation.GetTypeByMetadataName(interfaceName)!.GetMembers().OfType<IMethodSymbol>()
            .Where(method => !method.Name.EndsWith("AllAsync", StringComparison.Ordinal))
            .Select(method => method.Name)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
}
