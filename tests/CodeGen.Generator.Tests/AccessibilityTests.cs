using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary><c>Accessibility="internal"</c> makes every generated type internal, for libraries that wrap an API without exposing it.</summary>
public sealed class AccessibilityTests
{
    [Theory]
    [InlineData(NullableContextOptions.Enable)]
    [InlineData(NullableContextOptions.Disable)]
    public void Internal_makes_every_generated_type_internal_and_the_output_compiles_clean(NullableContextOptions nullable)
    {
        var result = GeneratorHarness.Run(TestSpecs.All().Select(spec => spec.With("Accessibility", "internal")), nullable: nullable);

        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
        var types = TopLevelTypes(result.OutputCompilation.Assembly.GlobalNamespace).ToList();
        Assert.True(types.Count > 100, "only " + types.Count + " types were generated");
        Assert.All(types, type => Assert.True(type.DeclaredAccessibility == Accessibility.Internal, type.ToDisplayString() + " is " + type.DeclaredAccessibility));
    }

    [Fact]
    public void Public_is_the_default_and_may_be_written_out()
    {
        var byDefault = GeneratorHarness.Run(TemplateSpecs.Pets(templateFolder: null));
        var explicitly = GeneratorHarness.Run(TemplateSpecs.Pets(templateFolder: null).With("Accessibility", "Public"));

        Assert.Empty(explicitly.GeneratorDiagnostics);
        Assert.Equal(byDefault.Sources, explicitly.Sources);
        Assert.All(TopLevelTypes(byDefault.OutputCompilation.Assembly.GlobalNamespace), type => Assert.Equal(Accessibility.Public, type.DeclaredAccessibility));
    }

    [Fact]
    public void Another_value_is_an_error_on_the_spec()
    {
        var spec = TemplateSpecs.Pets(templateFolder: null).With("Accessibility", "protected");

        var result = GeneratorHarness.Run(spec);

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI008", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal(spec.Path, diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'protected'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    private static IEnumerable<INamedTypeSymbol> TopLevelTypes(INamespaceSymbol ns) =>
        ns.GetTypeMembers().Where(type => type.Locations.Any(l => l.IsInSource))
            .Concat(ns.GetNamespaceMembers().SelectMany(TopLevelTypes));
}
