using System;
using System.Linq;
using CodeGen.Generator.Modeling;
using CodeGen.Generator.Reading;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>Following what selected operations reach never recurses as deep as a hostile spec's chains.</summary>
public sealed class SelectionScaleTests
{
    [Theory]
    [InlineData("properties", 5_000)]
    [InlineData("oneOf", 5_000)]
    [InlineData("alias", 20_000)]
    [InlineData("wrapper", 5_000)]
    public void A_selected_operation_reaches_the_whole_of_a_long_chain_on_a_small_stack(string shape, int length)
    {
        var spec = HostileInputs.Chain(shape, length);
        var whole = GeneratorHarness.OnSmallStack(() => GeneratorHarness.Run(spec));
        var selected = GeneratorHarness.OnSmallStack(() => GeneratorHarness.Run(spec.With("IncludeOperations", "getX")));

        Assert.DoesNotContain(selected.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(whole.Sources.Where(s => !IsJsonContext(s.HintName)).ToList(), selected.Sources.Where(s => !IsJsonContext(s.HintName)).ToList());

        // The whole document also registers JSON metadata (JsonElement) while resolving aliases the selection leaves
        // out; the selection's context holds nothing the whole one lacks.
        var wholeContext = whole.Source(".JsonContext.g.cs").Split('\n').ToHashSet(StringComparer.Ordinal);
        Assert.Subset(wholeContext, selected.Source(".JsonContext.g.cs").Split('\n').ToHashSet(StringComparer.Ordinal));
    }

    private static bool IsJsonContext(string hintName) => hintName.EndsWith(".JsonContext.g.cs", StringComparison.Ordinal);

    [Fact]
    public void Extenders_of_a_discriminated_schema_are_reached_through_a_chain_twenty_thousand_long()
    {
        // S0 extends S1 ... extends S20000, which has the discriminator: the operation names only S20000.
        const int Length = 20_000;
        var spec = HostileInputs.Chain("allOf-discriminator", Length);
        var text = spec.Text.Replace("\"schema\":{\"$ref\":\"#/components/schemas/S0\"}", "\"schema\":{\"$ref\":\"#/components/schemas/S" + Length + "\"}");
        Assert.NotEqual(spec.Text, text);

        var reached = GeneratorHarness.OnSmallStack(() =>
        {
            var document = SpecReader.Read(new CodeGen.Generator.Input.SpecInput(spec.Path, text, new CodeGen.Generator.Input.SpecOptions(null, null, null)), default).Document!;
            var reachability = new SchemaReachability(document.Components!.Schemas, default);
            var operation = document.Paths.Single().Value.Operations!.Values.Single();
            reachability.AddOperation(operation, null);
            return reachability.ReachedComponents();
        });

        Assert.Equal(Length + 1, reached.Count);
        Assert.Contains("S0", reached.Keys);
    }

    [Fact]
    public void Schemas_no_selected_operation_uses_are_not_reached()
    {
        var document = SpecDocuments.Load("Specs/selection.yaml");
        var reachability = new SchemaReachability(document.Components!.Schemas, default);
        reachability.AddOperation(SpecDocuments.Operation(document, "getInventory"), null);
        reachability.AddOperation(SpecDocuments.Operation(document, "health"), null);

        Assert.Equal(new[] { "StockLevel" }, reachability.ReachedComponents().Keys.OrderBy(k => k, StringComparer.Ordinal));
    }
}
