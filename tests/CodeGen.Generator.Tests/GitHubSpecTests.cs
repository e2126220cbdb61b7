using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>GitHub's full REST description (about 1,000 operations, 13 MB of JSON) generates and compiles.</summary>
public sealed class GitHubSpecTests(ITestOutputHelper output)
{
    [Fact]
    public void The_GitHub_spec_generates_and_compiles_without_errors()
    {
        var path = Path.Combine(NpmCorpus.Package("@octokit/openapi"), "generated", "api.github.com.json");
        var text = File.ReadAllText(path);

        var generation = Stopwatch.StartNew();
        var result = GeneratorHarness.Run(new Spec(path, text, "GitHub", "GitHubClient"));
        generation.Stop();
        var compilation = Stopwatch.StartNew();
        var problems = result.OutputCompilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        compilation.Stop();

        var sources = result.Sources.ToList();
        foreach (var source in sources)
        {
            output.WriteLine(source.HintName + ": " + source.Text.Length + " chars");
        }

        output.WriteLine($"generation {generation.ElapsedMilliseconds} ms, {sources.Count} files, {sources.Sum(s => s.Text.Length)} chars, {sources.Sum(s => s.Text.Count(c => c == '\n'))} lines; compile check {compilation.ElapsedMilliseconds} ms");
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "OAPI007");
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.True(problems.Count == 0, problems.Count + " errors, first: " + string.Join("\n", problems.Take(10)));
        Assert.Contains("ReposGetAsync", sources.Single(s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }
}
