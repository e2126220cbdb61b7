using System;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>References to other files are not followed; they are reported where they stand and the rest still generates.</summary>
public sealed class ExternalReferenceTests
{
    [Fact]
    public void An_external_reference_is_reported_on_its_line_and_the_value_falls_back_to_JsonElement()
    {
        var result = GeneratorHarness.Run(new Spec("/specs/api.yaml", """
            openapi: 3.1.0
            info:
              title: External
              version: "1"
            paths: {}
            components:
              schemas:
                Order:
                  type: object
                  properties:
                    pet:
                      $ref: 'common.yaml#/components/schemas/Pet'
                    id:
                      type: string
            """, "Test", "TestClient"));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("OAPI004", diagnostic.Id);
        Assert.Equal(
            "The reference 'common.yaml#/components/schemas/Pet' cannot be resolved (it points into another file; only references within the spec are followed); 'pet' is generated as JsonElement",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(12, diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1);
        Assert.Contains("public global::System.Text.Json.JsonElement? Pet { get; set; }", result.Source(".Models.g.cs"), StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems());
    }
}
