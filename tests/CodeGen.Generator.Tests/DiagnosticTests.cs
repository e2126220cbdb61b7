using System;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Model;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>Each kind of bad input gets its diagnostic, in the spec file, on the line and column of the problem.</summary>
public sealed class DiagnosticTests
{
    private const string Valid = """
        openapi: 3.1.0
        info:
          title: Valid
          version: "1"
        paths:
          /ping:
            get:
              operationId: ping
              responses:
                "204":
                  description: Pong.
        """;

    [Fact]
    public void Invalid_yaml_is_reported_where_the_parser_stopped()
    {
        var diagnostic = Single("""
            openapi: 3.1.0
            info:
              title: "unterminated
              version: "1"
            """);

        Assert.Equal(("OAPI001", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        AssertAt(diagnostic, line: 3, column: 10);
    }

    [Fact]
    public void Invalid_json_is_reported_where_the_parser_stopped()
    {
        var diagnostic = Single("{\n  \"openapi\": \"3.1.0\",\n  \"info\": ,\n}", path: "/specs/broken.json");

        Assert.Equal("OAPI001", diagnostic.Id);
        AssertAt(diagnostic, line: 3, column: 11, path: "/specs/broken.json");
    }

    [Fact]
    public void A_field_the_version_does_not_define_is_a_warning_on_its_own_line_and_the_client_is_still_generated()
    {
        // 'summary' in info arrived with OpenAPI 3.1; 'responsez' is a typo. Both are ignored, so neither fails the build.
        var result = GeneratorHarness.Run(new Spec("/specs/api.yaml", """
            openapi: 3.0.3
            info:
              title: Fields
              version: "1"
              summary: Added in 3.1.
            paths:
              /ping:
                get:
                  operationId: ping
                  responsez: {}
                  responses:
                    "204":
                      description: Pong.
            """));

        Assert.Equal(
            new[] { ("OAPI003", DiagnosticSeverity.Warning, 5, 3), ("OAPI003", DiagnosticSeverity.Warning, 10, 7) },
            result.GeneratorDiagnostics.Select(d => (d.Id, d.Severity, d.Location.GetLineSpan().StartLinePosition.Line + 1, d.Location.GetLineSpan().StartLinePosition.Character + 1)));
        Assert.Contains("summary is not a valid property", result.GeneratorDiagnostics[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("Task PingAsync(", result.Source("Client.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_field_is_placed_on_its_line_when_a_path_spells_the_words_of_the_reader_s_message()
    {
        var result = GeneratorHarness.Run(new Spec("/specs/api.yaml", """
            openapi: 3.0.3
            info:
              title: Fields
              version: "1"
            paths:
              "/p is not a valid property at #/info":
                get:
                  operationId: ping
                  bogus: 1
                  responses:
                    "204":
                      description: Pong.
            """));

        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI003", 9, 7), (warning.Id, warning.Location.GetLineSpan().StartLinePosition.Line + 1, warning.Location.GetLineSpan().StartLinePosition.Character + 1));
    }

    [Fact]
    public void A_path_repeating_the_words_of_the_reader_s_message_thousands_of_times_still_places_the_field()
    {
        // Each split of the message is a pointer to look up; trying all 20,000 would cost the square of the key's length.
        var key = string.Concat(Enumerable.Repeat("/p is not a valid property at #", 20_000));
        var text = "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{\"" + key + "\":{\"get\":{\"operationId\":\"ping\",\"bogus\":1," +
            "\"responses\":{\"204\":{\"description\":\"Pong.\"}}}}}}";

        var result = GeneratorHarness.Run(new Spec("/specs/api.json", text));

        var warning = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "OAPI003");
        Assert.Equal((0, text.IndexOf("\"bogus\"", StringComparison.Ordinal)), (warning.Location.GetLineSpan().StartLinePosition.Line, warning.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public void A_document_that_is_not_openapi_is_rejected_at_its_start()
    {
        var diagnostic = Single("name: not an api\nversion: 2\n");

        Assert.Equal(("OAPI002", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        AssertAt(diagnostic, line: 1, column: 1);
    }

    [Fact]
    public void An_invalid_openapi_structure_is_reported_on_the_offending_node()
    {
        var diagnostics = Run("""
            openapi: 3.1.0
            info:
              title: Broken
              version: "1"
            paths:
              /a:
                get:
                  responses: 5
            """).GeneratorDiagnostics;

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, diagnostic =>
        {
            Assert.Equal(("OAPI002", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
            AssertAt(diagnostic, line: 8, column: 7);
        });
        Assert.Contains(diagnostics, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("Responses must be a map", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unsupported_openapi_version_is_reported_on_the_version_not_as_a_crash()
    {
        var diagnostic = Single("info:\n  title: x\n  version: '1'\nopenapi: 9.0.0\npaths: {}\n");

        Assert.Equal(("OAPI002", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("9.0.0", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        AssertAt(diagnostic, line: 4, column: 10);
    }

    [Fact]
    public void A_dangling_ref_is_reported_on_the_ref_value()
    {
        var diagnostic = Single(Valid + """

            components:
              schemas:
                Holder:
                  type: object
                  properties:
                    missing:
                      $ref: "#/components/schemas/Missing"
            """);

        Assert.Equal(("OAPI004", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("#/components/schemas/Missing", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        AssertAt(diagnostic, line: 18, column: 17);
    }

    [Fact]
    public void Schemas_that_map_to_one_name_are_renamed_with_a_warning_on_the_one_renamed()
    {
        var result = Run(Valid + """

            components:
              schemas:
                foo_bar:
                  type: object
                  properties:
                    a: { type: string }
                FooBar:
                  type: object
                  properties:
                    b: { type: string }
            """);

        // Names are handed out in ordinal order, so "FooBar" keeps its name and "foo_bar" (line 14) is renamed.
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI005", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Contains("'foo_bar'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        AssertAt(diagnostic, line: 14, column: 5);
        Assert.Contains(result.Sources, s => s.Text.Contains("public partial class FooBar2", StringComparison.Ordinal));
        Assert.Empty(result.CompilationProblems());
    }

    [Fact]
    public void A_schema_with_several_types_falls_back_to_JsonElement_with_a_warning_on_the_keyword()
    {
        var result = Run(Valid + """

            components:
              schemas:
                Shape:
                  type: object
                  properties:
                    value:
                      type: [string, integer]
            """);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI006", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        AssertAt(diagnostic, line: 18, column: 11);
        Assert.Contains("public global::System.Text.Json.JsonElement? Value { get; set; }", result.Source(".Models.g.cs"), StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems());
    }

    [Fact]
    public void A_spec_written_on_one_line_places_diagnostics_by_column_including_after_non_ascii_text()
    {
        const string Spec = """{"openapi":"3.1.0","info":{"title":"Ünïcode 😀","version":"1"},"paths":{},"components":{"schemas":{"A":{"type":"object","properties":{"b":{"$ref":"#/components/schemas/Missing"}}},"C":{"type":"object","properties":{"d":{"type":["string","integer"]}}}}}}""";

        var diagnostics = Run(Spec, "/specs/one-line.json").GeneratorDiagnostics.Where(d => d.Id is "OAPI004" or "OAPI006").OrderBy(d => d.Id).ToList();

        Assert.Equal(2, diagnostics.Count);
        AssertAt(diagnostics[0], line: 1, column: Spec.IndexOf("\"#/components/schemas/Missing", StringComparison.Ordinal) + 1, path: "/specs/one-line.json");
        AssertAt(diagnostics[1], line: 1, column: Spec.IndexOf("\"type\":[\"string", StringComparison.Ordinal) + 1, path: "/specs/one-line.json");
    }

    [Fact]
    public void A_Swagger_security_scheme_without_generated_registration_is_reported_on_its_securityDefinitions_entry()
    {
        const string Spec = """
            {
              "swagger": "2.0",
              "info": { "title": "Legacy", "version": "1" },
              "securityDefinitions": {
                "browser": { "type": "oauth2", "flow": "implicit", "authorizationUrl": "https://example.com/auth", "scopes": {} }
              },
              "paths": {
                "/items": { "get": { "security": [{ "browser": [] }], "responses": { "200": { "description": "ok" } } } }
              }
            }
            """;

        var diagnostic = Assert.Single(Run(Spec, "/specs/legacy.json").GeneratorDiagnostics, d => d.Id == "OAPI010");

        AssertAt(diagnostic, line: 5, column: 5, path: "/specs/legacy.json");
        Assert.Contains("'browser'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_security_scheme_of_a_document_whose_version_is_written_as_a_number_is_reported_on_its_components_entry()
    {
        const string Spec = """
            openapi: 3.1
            info: { title: Numeric, version: "1" }
            components:
              securitySchemes:
                browser: { type: oauth2, flows: { implicit: { authorizationUrl: "https://example.com/auth", scopes: {} } } }
            paths:
              /items:
                get:
                  security: [{ browser: [] }]
                  responses: { "200": { description: ok } }
            """;

        var diagnostic = Assert.Single(Run(Spec).GeneratorDiagnostics, d => d.Id == "OAPI010");

        AssertAt(diagnostic, line: 5, column: 5);
    }

    [Theory]
    [InlineData("3.1", 8, 94)] // 3.1 takes the bound itself: the number is kept, and the 3.0-style flag is reported.
    [InlineData("3.0", 7, 80)] // 3.0 takes a flag beside minimum: the number is reported.
    public void A_document_whose_version_is_written_as_a_number_takes_exclusive_bounds_as_that_version_does(string version, int line, int column)
    {
        var spec = $$"""
            openapi: {{version}}
            info: { title: Numeric, version: "1" }
            paths:
              /items:
                get:
                  parameters:
                    - { name: above, in: query, schema: { type: integer, exclusiveMinimum: 0 } }
                    - { name: flagged, in: query, schema: { type: integer, minimum: 0, exclusiveMinimum: true } }
                  responses: { "200": { description: ok } }
            """;

        var diagnostic = Assert.Single(Run(spec).GeneratorDiagnostics, d => d.Id == "OAPI013");

        AssertAt(diagnostic, line: line, column: column);
    }

    [Fact]
    public void A_json_document_whose_version_is_a_number_is_checked_as_that_version()
    {
        const string Spec = """
            {
              "openapi": 3.1,
              "info": { "title": "Numeric", "version": "1" },
              "paths": { "/items": { "get": {
                "parameters": [
                  { "name": "above", "in": "query", "schema": { "type": "integer", "exclusiveMinimum": 0 } },
                  { "name": "flagged", "in": "query", "schema": { "type": "integer", "minimum": 0, "exclusiveMinimum": true } }
                ],
                "responses": { "200": { "description": "ok" } } } } }
            }
            """;

        var diagnostic = Assert.Single(Run(Spec, "/specs/numeric.json").GeneratorDiagnostics, d => d.Id == "OAPI013");

        AssertAt(diagnostic, line: 7, column: 108, path: "/specs/numeric.json");
    }

    [Fact]
    public void An_unknown_field_whose_name_holds_the_readers_wording_and_whose_value_is_null_is_reported_on_its_key()
    {
        const string Spec = """
            {
              "openapi": "3.0.3",
              "info": { "title": "t", "version": "1",
                "x is not a valid property at #/info/y": null },
              "paths": {}
            }
            """;

        var diagnostic = Assert.Single(Run(Spec, "/specs/odd.json").GeneratorDiagnostics, d => d.Id == "OAPI003");

        AssertAt(diagnostic, line: 4, column: 5, path: "/specs/odd.json");
    }

    [Fact]
    public void An_undeclared_path_variable_is_reported_on_the_operation()
    {
        var diagnostic = Single("""
            openapi: 3.1.0
            info:
              title: Paths
              version: "1"
            paths:
              /items/{id}:
                get:
                  operationId: getItem
                  responses:
                    "204":
                      description: Done.
            """);

        Assert.Equal(("OAPI011", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        AssertAt(diagnostic, line: 7, column: 5);
    }

    [Fact]
    public void Invalid_namespace_metadata_is_an_error_and_generates_nothing()
    {
        var result = GeneratorHarness.Run(new Spec("/specs/api.yaml", Valid, Namespace: "1Bad.Namespace"));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI008", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal("/specs/api.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Two_specs_claiming_one_client_generate_it_once_and_report_the_second()
    {
        var result = GeneratorHarness.Run(
            new Spec("/specs/a.yaml", Valid, "Shared", "SameClient"),
            new Spec("/specs/b.yaml", Valid, "Shared", "SameClient"));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI009", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal("/specs/b.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Single(result.Sources, s => s.HintName == "Shared.SameClient.Client.g.cs");
        Assert.Empty(result.CompilationProblems());
    }

    [Fact]
    public void Clients_differing_only_in_case_are_reported_instead_of_crashing_on_hint_names()
    {
        var result = GeneratorHarness.Run(
            new Spec("/specs/a.yaml", Valid, "Shared", "SameClient"),
            new Spec("/specs/b.yaml", Valid, "shared", "SameClient"));

        Assert.Equal("OAPI009", Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.Single(result.Sources, s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_broken_spec_does_not_stop_another_from_generating()
    {
        var result = GeneratorHarness.Run(
            new Spec("/specs/broken.yaml", "openapi: 3.1.0\ninfo: [\n"),
            new Spec("/specs/good.yaml", Valid, "Good", "GoodClient"));

        Assert.Equal("OAPI001", Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.Contains(result.Sources, s => s.HintName == "Good.GoodClient.Client.g.cs");
        Assert.Empty(result.CompilationProblems());
    }

    [Fact]
    public void Files_that_are_not_OpenApiSpec_items_are_ignored()
    {
        var result = GeneratorHarness.Run(new Spec("/config/appsettings.json", "{ not even json", IsSpecItem: false));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_count_beyond_int32_that_the_openapi_reader_would_throw_on_is_a_located_warning_and_the_spec_still_generates()
    {
        // Microsoft.OpenApi throws OverflowException for a maxLength beyond Int32; the keyword is dropped before it reads.
        var result = GeneratorHarness.Run(
            new Spec("/specs/overflow.yaml", "openapi: 3.1.0\ninfo:\n  title: x\n  version: '1'\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: string\n      maxLength: 99999999999999999999\n", "Overflow", "OverflowClient"),
            new Spec("/specs/good.yaml", Valid, "Good", "GoodClient"));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI013", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(("/specs/overflow.yaml", 9, 17), (diagnostic.Location.GetLineSpan().Path, diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("'maxLength' is 99999999999999999999, which is not a whole number", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains(result.Sources, s => s.HintName == "Good.GoodClient.Client.g.cs");
        Assert.Contains(result.Sources, s => s.HintName == "Overflow.OverflowClient.Client.g.cs");
        Assert.Empty(result.CompilationProblems());
    }

    [Fact]
    public void An_exception_inside_a_step_becomes_OAPI007_on_the_spec()
    {
        var outcome = Guard.Run(
            "/specs/crash.yaml",
            TestContext.Current.CancellationToken,
            (Func<SpecResult>)(() => throw new InvalidOperationException("boom")));

        var diagnostic = Assert.Single(outcome.Diagnostics).ToDiagnostic();
        Assert.Equal(("OAPI007", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal("/specs/crash.yaml", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("InvalidOperationException: boom", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Null(outcome.Model);
    }

    [Fact]
    public void Every_descriptor_has_a_unique_OAPI_id_and_is_listed_in_the_release_notes()
    {
        var descriptors = typeof(DiagnosticDescriptors).GetFields().Select(f => (DiagnosticDescriptor)f.GetValue(null)!).ToList();
        var releases = System.IO.File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "AnalyzerReleases.Unshipped.md"));

        Assert.Equal(descriptors.Count, descriptors.Select(d => d.Id).Distinct().Count());
        Assert.All(descriptors, d => Assert.StartsWith("OAPI", d.Id, StringComparison.Ordinal));
        Assert.All(descriptors, d => Assert.Contains(d.Id + " |", releases, StringComparison.Ordinal));
    }

    // Most specs here declare schemas beside one operation that uses none of them: their diagnostics are the point.
    private static GenerationResult Run(string yaml, string path = "/specs/api.yaml") =>
        GeneratorHarness.Run(new Spec(path, yaml, "Test", "TestClient").With("KeepUnusedSchemas", "true"));

    private static Diagnostic Single(string text, string path = "/specs/api.yaml") =>
        Assert.Single(Run(text, path).GeneratorDiagnostics);

    /// <summary>Asserts the 1-based line and column an IDE would show.</summary>
    private static void AssertAt(Diagnostic diagnostic, int line, int column, string path = "/specs/api.yaml")
    {
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(path, span.Path);
        Assert.Equal((line, column), (span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1));
    }

}
