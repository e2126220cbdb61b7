using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>The paging methods <c>x-codegen-paging</c> asks for, and the DI registration a consumer with IHttpClientFactory gets.</summary>
public sealed class PagingAndRegistrationTests
{
    private const string PagedSpec = """
        openapi: 3.1.0
        info:
          title: Paged
          version: "1"
        servers:
          - url: https://{zone}.example.com/v1
            variables:
              zone:
                default: eu
        paths:
          /items:
            get:
              operationId: listItems
              x-codegen-paging:
                offset: {OFFSET}
                limit: size
                items: items
                total: total
              parameters:
                - name: start
                  in: query
                  schema: { type: integer, format: int32 }
                - name: size
                  in: query
                  schema: { type: integer, format: int32, minimum: 0, maximum: 50 }
                - name: filter
                  in: query
                  schema: { type: string }
              responses:
                "200":
                  description: A page.
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          total: { type: integer, format: int64 }
                          items:
                            type: array
                            items: { type: string }
        """;

    [Fact]
    public void A_valid_paging_extension_adds_a_walking_method_that_passes_other_parameters_through()
    {
        var result = GeneratorHarness.Run(new Spec("/specs/paged.yaml", PagedSpec.Replace("{OFFSET}", "start"), "Test", "PagedClient"));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems());
        var client = result.Source(".Client.g.cs");
        Assert.Contains("IAsyncEnumerable<string> ListItemsAllAsync(string? filter = null, int? pageSize = null, global::System.Threading.CancellationToken cancellationToken = default)", client, System.StringComparison.Ordinal);
        Assert.Contains("ListItemsAsync(start: __offset, size: __limit, filter: filter, cancellationToken: __cancellationToken)", client, System.StringComparison.Ordinal);
        Assert.Contains("if (pageSize < 1 || pageSize > 50)", client, System.StringComparison.Ordinal);
        Assert.Contains("pageSize ?? 50,", client, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Required_offset_and_limit_declared_before_other_required_parameters_still_compile()
    {
        var yaml = PagedSpec.Replace("{OFFSET}", "start")
            .Replace("        - name: start\n          in: query\n", "        - name: start\n          in: query\n          required: true\n")
            .Replace("        - name: size\n          in: query\n", "        - name: size\n          in: query\n          required: true\n")
            .Replace("        - name: filter\n          in: query\n", "        - name: filter\n          in: query\n          required: true\n");

        var result = GeneratorHarness.Run(new Spec("/specs/paged.yaml", yaml, "Test", "PagedClient"));

        Assert.Equal(3, yaml.Split("required: true").Length - 1);
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems());
        Assert.Contains("ListItemsAsync(start: __offset, size: __limit ?? 50, filter: filter, cancellationToken: __cancellationToken)", result.Source(".Client.g.cs"), System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nowhere", "'nowhere' is not an integer query parameter of the operation")]
    [InlineData("filter", "'filter' is not an integer query parameter of the operation")]
    public void An_unusable_paging_extension_is_reported_on_its_line_and_the_single_page_method_stays(string offset, string reason)
    {
        var result = GeneratorHarness.Run(new Spec("/specs/paged.yaml", PagedSpec.Replace("{OFFSET}", offset), "Test", "PagedClient"));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI012", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains(reason, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(("/specs/paged.yaml", 14, 7), (span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
        Assert.Empty(result.CompilationProblems());
        Assert.Contains("ListItemsAsync(", result.Source(".Client.g.cs"), System.StringComparison.Ordinal);
        Assert.DoesNotContain("ListItemsAllAsync", result.Source(".Client.g.cs"), System.StringComparison.Ordinal);
    }

    [Fact]
    public void Paging_over_a_property_that_is_not_an_array_is_reported()
    {
        var result = GeneratorHarness.Run(new Spec("/specs/paged.yaml", PagedSpec.Replace("{OFFSET}", "start").Replace("items: items", "items: total"), "Test", "PagedClient"));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("OAPI012", diagnostic.Id);
        Assert.Contains("no array property 'total'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_registration_is_generated_only_when_the_consumer_references_IHttpClientFactory()
    {
        var spec = new Spec("/specs/paged.yaml", PagedSpec.Replace("{OFFSET}", "start"), "Test", "PagedClient");

        var withFactory = GeneratorHarness.Run(new[] { spec });
        var withoutFactory = GeneratorHarness.Run(new[] { spec }, referenceExtensions: false);

        Assert.Contains(withFactory.Sources, s => s.HintName == "Test.PagedClient.Registration.g.cs");
        Assert.DoesNotContain(withoutFactory.Sources, s => s.HintName.EndsWith(".Registration.g.cs", System.StringComparison.Ordinal));
        Assert.Contains(withoutFactory.Sources, s => s.HintName == "Test.PagedClient.Options.g.cs");
        Assert.Empty(withFactory.CompilationProblems());
        Assert.Empty(withoutFactory.CompilationProblems());
    }

    [Fact]
    public void Options_fill_the_server_variables_and_refuse_a_value_that_would_change_the_host()
    {
        var assembly = GeneratorHarness.Run(new Spec("/specs/paged.yaml", PagedSpec.Replace("{OFFSET}", "start"), "Test", "PagedClient")).Load();
        var options = System.Activator.CreateInstance(assembly.GetType("Test.PagedClientOptions")!)!;
        void Set(string name, object value) => options.GetType().GetProperty(name)!.SetValue(options, value);
        System.Uri BaseAddress()
        {
            try
            {
                return (System.Uri)options.GetType().GetProperty("BaseAddress")!.GetValue(options)!;
            }
            catch (System.Reflection.TargetInvocationException wrapped)
            {
                throw wrapped.InnerException!;
            }
        }

        Assert.Equal("https://eu.example.com/v1", BaseAddress().AbsoluteUri);
        Set("Zone", "us-west_2");
        Assert.Equal("https://us-west_2.example.com/v1", BaseAddress().AbsoluteUri);
        Set("Zone", "evil.example.net/x?");
        var error = Assert.Throws<System.ArgumentException>(BaseAddress);
        Assert.Contains("'zone'", error.Message, System.StringComparison.Ordinal);
        Set("Endpoint", new System.Uri("http://127.0.0.1:8080/"));
        Assert.Equal("http://127.0.0.1:8080/", BaseAddress().AbsoluteUri);
    }
}
