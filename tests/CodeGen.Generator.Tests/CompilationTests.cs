using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>The generated code compiles with no warnings, whatever the consumer's nullable setting.</summary>
public sealed class CompilationTests
{
    [Theory]
    [InlineData(NullableContextOptions.Enable)]
    [InlineData(NullableContextOptions.Disable)]
    [InlineData(NullableContextOptions.Warnings)]
    public void All_specs_together_compile_without_warnings(NullableContextOptions nullable)
    {
        var result = GeneratorHarness.Run(TestSpecs.All(), nullable: nullable);

        Assert.Equal(TestSpecs.Product.Length + TestSpecs.Features.Length, result.Sources.Count(s => s.HintName.EndsWith(".Client.g.cs", System.StringComparison.Ordinal)));
        // Only the edge-case and names specs warn, and only about the renames they cause on purpose.
        var warnings = result.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.All(warnings, d => Assert.Equal("OAPI005", d.Id));
        Assert.Equal(2, warnings.Count(d => d.Location.GetLineSpan().Path.EndsWith("edge-cases.yaml", System.StringComparison.Ordinal)));
        Assert.Equal(7, warnings.Count(d => d.Location.GetLineSpan().Path.EndsWith("names.yaml", System.StringComparison.Ordinal)));
        Assert.Equal(9, warnings.Count);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void Every_spec_in_the_repository_builds_in_a_project_that_generates_a_documentation_file()
    {
        // As GenerateDocumentationFile with TreatWarningsAsErrors: every doc comment must be well-formed XML
        // whose crefs resolve (CS1570, CS1574 and the other doc warnings would stop that build).
        var result = GeneratorHarness.Run(TestSpecs.All(), documented: true);

        Assert.Equal(TestSpecs.Product.Length + TestSpecs.Features.Length, result.Sources.Count(s => s.HintName.EndsWith(".Client.g.cs", System.StringComparison.Ordinal)));
        var problems = result.CompilationProblems();
        Assert.True(problems.Count == 0, string.Join("\n", problems.Take(20)));
    }
}
