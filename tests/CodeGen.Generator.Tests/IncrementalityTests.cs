using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>The pipeline re-runs only what an edit touches, and caches nothing that pins a compilation.</summary>
public sealed class IncrementalityTests
{
    private static readonly string[] AllSteps =
    {
        TrackingNames.SpecInputs, TrackingNames.Models, TrackingNames.EmitInputs, TrackingNames.SpecDiagnostics, TrackingNames.MappedSchemaCoverage, TrackingNames.TypeConflicts, TrackingNames.Capabilities, TrackingNames.TemplateSets, TrackingNames.Sources,
        TrackingNames.TypeMappings, TrackingNames.TypeMappingReport, TrackingNames.MappedTypeNames, TrackingNames.MappedTypeFacts, TrackingNames.ModelInputs,
    };

    [Fact]
    public void An_unrelated_csharp_edit_leaves_every_step_cached()
    {
        var specs = TwoSpecs();
        var compilation = GeneratorHarness.CreateCompilation(new[] { "class Program { }" });
        var driver = GeneratorHarness.CreateDriver(specs).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));
        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var step in AllSteps)
        {
            var reasons = Reasons(result, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + reason));
        }

        // The step that reads spec text did not run again.
        Assert.All(Reasons(result, TrackingNames.SpecInputs), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.All(result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(s => s.Outputs), output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_spec_reruns_only_that_spec()
    {
        var specs = TwoSpecs();
        var compilation = GeneratorHarness.CreateCompilation(new[] { "class Program { }" });
        var driver = GeneratorHarness.CreateDriver(specs, out var texts).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var editedText = specs[0].Text.Replace("summary: List running key pair tasks", "summary: List the running key pair tasks");
        Assert.NotEqual(specs[0].Text, editedText);
        var updated = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(specs[0].Path, editedText)).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var result = updated.GetRunResult().Results.Single();

        var models = Outputs(result, TrackingNames.Models);
        Assert.Equal(2, models.Count);
        Assert.Single(models, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(models, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);

        var sources = Outputs(result, TrackingNames.Sources);
        Assert.Single(sources, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(sources, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains("List the running key pair tasks", result.GeneratedSources.Single(s => s.HintName == "HuaweiCloud.Kps.KpsClient.Client.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Changing_one_spec_selection_reruns_only_that_spec()
    {
        var specs = TwoSpecs();
        var compilation = GeneratorHarness.CreateCompilation(new[] { "class Program { }" });
        var driver = GeneratorHarness.CreateDriver(specs).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var filtered = new[] { specs[0].With("IncludeMethods", "POST"), specs[1] };
        var result = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsFor(filtered)).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        var models = Outputs(result, TrackingNames.Models);
        Assert.Equal(2, models.Count);
        Assert.Single(models, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(models, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.DoesNotContain("ListRunningTaskAsync", result.GeneratedSources.Single(s => s.HintName == "HuaweiCloud.Kps.KpsClient.Client.g.cs").SourceText.ToString());
        Assert.Contains("ListScheduledTasksRecordsAsync", result.GeneratedSources.Single(s => s.HintName == "HuaweiCloud.Workspace.WorkspaceClient.Client.g.cs").SourceText.ToString());
    }

    [Fact]
    public void Changing_a_mapping_restricted_to_one_spec_reruns_only_that_spec()
    {
        var specs = new[] { MappingSpecs.Shop("Shop"), MappingSpecs.Shop("Store") };
        var compilation = GeneratorHarness.CreateCompilation(new[] { MappingSpecs.UserTypes });
        var mapping = MappingSpecs.Project("Money=MyApp.Money=" + specs[0].Path);
        var driver = GeneratorHarness.CreateDriver(specs, globalOptions: mapping).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var remapped = MappingSpecs.Project("Money=MyApp.Opaque=" + specs[0].Path);
        var result = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.OptionsFor(specs, globalOptions: remapped)).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.SpecInputs, TrackingNames.Models, TrackingNames.Sources })
        {
            var outputs = Outputs(result, step);
            Assert.Equal(2, outputs.Count);
            Assert.Single(outputs, o => o.Reason == IncrementalStepRunReason.Modified);
            Assert.Single(outputs, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        }

        Assert.Contains("global::MyApp.Opaque", result.GeneratedSources.Single(s => s.HintName == "Shop.ShopClient.Models.g.cs").SourceText.ToString());
        Assert.Contains("class Money", result.GeneratedSources.Single(s => s.HintName == "Store.StoreClient.Models.g.cs").SourceText.ToString());
    }

    [Fact]
    public void An_edit_to_the_users_code_leaves_the_mapped_specs_cached_until_the_mapped_type_changes()
    {
        var specs = new[] { MappingSpecs.Shop("Shop"), MappingSpecs.Shop("Store") };
        var compilation = GeneratorHarness.CreateCompilation(new[] { MappingSpecs.UserTypes, "namespace MyApp { public sealed class Rate { } }" });
        var driver = GeneratorHarness.CreateDriver(specs, globalOptions: MappingSpecs.Project("Money=MyApp.Money=" + specs[0].Path + "|Money=MyApp.Rate=" + specs[1].Path)).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var unrelated = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Unrelated { }", GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));
        driver = driver.RunGenerators(unrelated, TestContext.Current.CancellationToken);
        var first = driver.GetRunResult().Results.Single();
        Assert.All(Reasons(first, TrackingNames.Models), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));

        // Rate becomes a struct: only the spec that maps to it is modelled again, now with Nullable<Rate>.
        var tree = unrelated.SyntaxTrees.Single(t => t.ToString().Contains("class Rate", System.StringComparison.Ordinal));
        var edited = unrelated.ReplaceSyntaxTree(tree, CSharpSyntaxTree.ParseText("namespace MyApp { [System.Text.Json.Serialization.JsonConverter(typeof(MoneyValueConverter))] public struct Rate { } }", GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));
        var second = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        var models = Outputs(second, TrackingNames.Models);
        Assert.Single(models, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Single(models, o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged);
        Assert.Contains("global::MyApp.Rate? Discount", second.GeneratedSources.Single(s => s.HintName == "Store.StoreClient.Models.g.cs").SourceText.ToString());
    }

    [Fact]
    public void An_edit_that_only_moves_lines_moves_the_diagnostics_and_renders_nothing_again()
    {
        var spec = new Spec("/specs/shop.yaml", CollidingSchemas, "Shop", "ShopClient").With("KeepUnusedSchemas", "true");
        var compilation = GeneratorHarness.CreateCompilation(new[] { "class Program { }" });
        var driver = GeneratorHarness.CreateDriver(new[] { spec }, out var texts).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var before = driver.GetRunResult();

        var moved = "# The shop's API.\n\n# Owned by the shop team.\n" + spec.Text;
        var after = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(spec.Path, moved)).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult();
        var result = after.Results.Single();

        // The warning is on 'foo_bar', three lines further down now.
        var warningBefore = Assert.Single(before.Diagnostics);
        var warningAfter = Assert.Single(after.Diagnostics);
        Assert.Equal(("OAPI005", "OAPI005"), (warningBefore.Id, warningAfter.Id));
        Assert.Equal(warningBefore.GetMessage(System.Globalization.CultureInfo.InvariantCulture), warningAfter.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(warningBefore.Location.GetLineSpan().StartLinePosition.Line + 3, warningAfter.Location.GetLineSpan().StartLinePosition.Line);

        // The spec was read and modelled again, and only its diagnostics changed.
        Assert.All(Reasons(result, TrackingNames.Models), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        Assert.All(Reasons(result, TrackingNames.SpecDiagnostics), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        foreach (var step in new[] { TrackingNames.EmitInputs, TrackingNames.MappedSchemaCoverage, TrackingNames.TemplateSets, TrackingNames.TypeConflicts, TrackingNames.Sources })
        {
            var reasons = Reasons(result, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + " was " + reason));
        }

        Assert.Equal(GeneratedTexts(before), GeneratedTexts(after));
        Assert.Contains(GeneratedTexts(after), file => file.Text.Contains("class FooBar2", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_edit_to_what_the_spec_says_renders_it_again()
    {
        var spec = new Spec("/specs/shop.yaml", CollidingSchemas, "Shop", "ShopClient").With("KeepUnusedSchemas", "true");
        var compilation = GeneratorHarness.CreateCompilation(new[] { "class Program { }" });
        var driver = GeneratorHarness.CreateDriver(new[] { spec }, out var texts).RunGenerators(compilation, TestContext.Current.CancellationToken);
        var before = driver.GetRunResult();

        // Same lines, one property renamed: the warning stays where it was, the model changes.
        var renamed = spec.Text.Replace("b: { type: string }", "c: { type: string }", System.StringComparison.Ordinal);
        Assert.NotEqual(spec.Text, renamed);
        var after = driver.ReplaceAdditionalText(texts[0], new InMemoryAdditionalText(spec.Path, renamed)).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult();
        var result = after.Results.Single();

        Assert.Equal(Assert.Single(before.Diagnostics).Location.GetLineSpan(), Assert.Single(after.Diagnostics).Location.GetLineSpan());
        Assert.All(Reasons(result, TrackingNames.SpecDiagnostics), reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
        foreach (var step in new[] { TrackingNames.Models, TrackingNames.EmitInputs, TrackingNames.TemplateSets, TrackingNames.Sources })
        {
            var reasons = Reasons(result, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason == IncrementalStepRunReason.Modified, step + " was " + reason));
        }

        var models = GeneratedTexts(after).Single(file => file.HintName == "Shop.ShopClient.Models.g.cs").Text;
        Assert.Contains("public string? C { get; set; }", models, System.StringComparison.Ordinal);
        Assert.DoesNotContain("public string? B { get; set; }", models, System.StringComparison.Ordinal);
    }

    [Fact]
    public void No_step_output_holds_symbols_syntax_compilations_or_openapi_objects()
    {
        var compilation = GeneratorHarness.CreateCompilation(new[] { "class Program { }" });
        var driver = GeneratorHarness.CreateDriver(TestSpecs.All()).RunGenerators(compilation, TestContext.Current.CancellationToken);

        // A project with mappings runs the steps that look at the compilation's symbols.
        var mappedSpecs = new[] { MappingSpecs.Shop("Shop"), MappingSpecs.Shop("Store") };
        var mappedCompilation = GeneratorHarness.CreateCompilation(new[] { MappingSpecs.UserTypes });
        var mappedDriver = GeneratorHarness.CreateDriver(mappedSpecs, globalOptions: MappingSpecs.Project("Money=MyApp.MoneyValue=|Money=MyApp.Money=" + mappedSpecs[1].Path))
            .RunGenerators(mappedCompilation, TestContext.Current.CancellationToken);

        foreach (var (result, specCount) in new[] { (driver.GetRunResult().Results.Single(), TestSpecs.All().Count()), (mappedDriver.GetRunResult().Results.Single(), mappedSpecs.Length) })
        {
            // Our own steps: Roslyn's source-output steps hold the reported diagnostics by design.
            var walked = 0;
            foreach (var step in AllSteps.SelectMany(name => result.TrackedSteps[name]))
            {
                foreach (var (value, _) in step.Outputs)
                {
                    walked++;
                    Assert.Empty(CacheSafetyWalker.FindBannedObjects(value));
                }
            }

            Assert.True(walked >= specCount * 3, "only " + walked + " outputs were walked");
        }

        // The mapped run really carried facts from the compilation: a struct and a class.
        var facts = mappedDriver.GetRunResult().Results.Single().TrackedSteps[TrackingNames.MappedTypeFacts].Single().Outputs.Single().Value;
        var lookup = Assert.IsType<CodeGen.Generator.Input.MappedTypeLookup>(facts);
        Assert.Equal(new[] { ("MyApp.Money", false), ("MyApp.MoneyValue", true) }, lookup.Facts.Select(f => (f.TypeName, f.IsValueType)).ToArray());
    }

    [Fact]
    public void The_walker_finds_a_banned_object()
    {
        // The safety walk above is only worth something if it can fail.
        var compilation = GeneratorHarness.CreateCompilation(new[] { "class Program { }" });
        var holder = new { Items = new object[] { "fine", new { Inner = compilation } } };

        Assert.NotEmpty(CacheSafetyWalker.FindBannedObjects(holder));
        Assert.NotEmpty(CacheSafetyWalker.FindBannedObjects(new List<object> { new Microsoft.OpenApi.OpenApiSchema() }));
    }

    // 'foo_bar' (line 14) is renamed FooBar2 with a warning: the model stage reports it at the schema's key.
    private const string CollidingSchemas = """
        openapi: 3.1.0
        info:
          title: Shop
          version: "1"
        paths:
          /ping:
            get:
              operationId: ping
              responses:
                "204":
                  description: Pong.
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
        """;

    private static List<(string HintName, string Text)> GeneratedTexts(GeneratorDriverRunResult run) =>
        run.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, System.StringComparer.Ordinal).ToList();

    private static Spec[] TwoSpecs() => new[]
    {
        Spec.FromFile(TestSpecs.Product[0].Path, TestSpecs.Product[0].Namespace, TestSpecs.Product[0].ClassName),
        Spec.FromFile(TestSpecs.Product[2].Path, TestSpecs.Product[2].Namespace, TestSpecs.Product[2].ClassName),
    };

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        Outputs(result, step).Select(o => o.Reason).ToList();

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs).ToList() : new();
}
