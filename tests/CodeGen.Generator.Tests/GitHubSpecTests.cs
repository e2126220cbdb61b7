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

    [Fact]
    public void One_tag_of_the_GitHub_spec_generates_its_operations_and_only_the_schemas_they_reach()
    {
        var path = Path.Combine(NpmCorpus.Package("@octokit/openapi"), "generated", "api.github.com.json");
        var spec = new Spec(path, File.ReadAllText(path), "GitHub", "GitHubClient").With("IncludeTags", "repos");

        var result = GeneratorHarness.Run(spec);
        var problems = result.OutputCompilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id is "OAPI030" or "OAPI031");
        Assert.True(problems.Count == 0, problems.Count + " errors, first: " + string.Join("\n", problems.Take(10)));
        var client = result.Source(".Client.g.cs");
        Assert.Contains("ReposGetAsync", client, StringComparison.Ordinal);
        Assert.DoesNotContain("IssuesGetAsync", client, StringComparison.Ordinal);

        // Reached from repos operations, directly or through properties.
        Assert.NotNull(result.OutputCompilation.GetTypeByMetadataName("GitHub.FullRepository"));
        Assert.NotNull(result.OutputCompilation.GetTypeByMetadataName("GitHub.SimpleUser"));

        // Used only by other tags.
        Assert.Null(result.OutputCompilation.GetTypeByMetadataName("GitHub.Issue"));
        Assert.Null(result.OutputCompilation.GetTypeByMetadataName("GitHub.GistSimple"));
        output.WriteLine(result.Sources.Count() + " files, " + result.Sources.Sum(s => s.Text.Length) + " chars");
    }

    [Fact]
    public void A_path_glob_and_a_method_select_from_the_GitHub_spec()
    {
        var path = Path.Combine(NpmCorpus.Package("@octokit/openapi"), "generated", "api.github.com.json");
        var spec = new Spec(path, File.ReadAllText(path), "GitHub", "GitHubClient")
            .With("IncludePaths", "/repos/{owner}/{repo}/issues/**")
            .With("IncludeMethods", "GET");

        var result = GeneratorHarness.Run(spec);
        var problems = result.OutputCompilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity == DiagnosticSeverity.Error).ToList();

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error || d.Id is "OAPI030" or "OAPI031");
        Assert.True(problems.Count == 0, problems.Count + " errors, first: " + string.Join("\n", problems.Take(10)));
        var client = result.Source(".Client.g.cs");
        Assert.Contains("IssuesListForRepoAsync", client, StringComparison.Ordinal);
        Assert.Contains("IssuesGetAsync", client, StringComparison.Ordinal);
        Assert.DoesNotContain("IssuesCreateAsync", client, StringComparison.Ordinal);
        Assert.DoesNotContain("ReposGetAsync", client, StringComparison.Ordinal);
        Assert.NotNull(result.OutputCompilation.GetTypeByMetadataName("GitHub.Issue"));
        Assert.Null(result.OutputCompilation.GetTypeByMetadataName("GitHub.FullRepository"));
    }
}
