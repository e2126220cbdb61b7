using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// Every example document of <c>@readme/oas-examples</c> (OpenAPI 2.0, 3.0 and 3.1; YAML and JSON) generates
/// without a crash and compiles with no warning, or is rejected with a located error for a stated reason.
/// </summary>
public sealed class CorpusTests(ITestOutputHelper output)
{
    // Documents expected to fail, with the reason; circular-paths (a $ref into a path item that is itself a
    // reference to a component) left this list when reference chains started to be followed to their ends.
    private static readonly Dictionary<string, string> Rejected = new(StringComparer.Ordinal);

    [Fact]
    public void The_readme_examples_generate_and_compile_clean_or_are_rejected_with_a_located_error()
    {
        var root = NpmCorpus.Package("@readme/oas-examples");
        var documents = new[] { "2.0", "3.0", "3.1" }
            .SelectMany(version => Directory.EnumerateFiles(Path.Combine(root, version), "*.*", SearchOption.AllDirectories))
            .Where(path => path.EndsWith(".json", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal)
            .ToList();

        var failures = new List<string>();
        var (generated, clean, rejected) = (0, 0, 0);
        foreach (var path in documents)
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            var result = GeneratorHarness.Run(new Spec(path, File.ReadAllText(path), "Corpus.Document", "DocumentClient"));
            var errors = result.GeneratorDiagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            var compile = result.CompilationProblems();
            generated += result.Sources.Any() ? 1 : 0;

            if (errors.Any(d => d.Id == "OAPI007"))
            {
                failures.Add(relative + ": the generator crashed: " + errors.First(d => d.Id == "OAPI007").GetMessage());
            }
            else if (Rejected.ContainsKey(relative))
            {
                var located = errors.Where(d => d.Location.GetLineSpan().Path == path && d.Location.GetLineSpan().StartLinePosition.Line > 0).ToList();
                if (located.Count == 0)
                {
                    failures.Add(relative + ": listed as rejected but has no located error");
                }

                rejected++;
            }
            else if (errors.Count > 0 || compile.Count > 0)
            {
                failures.Add(relative + ": " + string.Join(" | ", errors.Concat(compile).Take(5).Select(d => d.Id + " " + d.GetMessage())));
            }
            else
            {
                clean++;
            }
        }

        output.WriteLine($"documents {documents.Count}, generated {generated}, compiled clean {clean}, rejected with diagnostics {rejected}");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(documents.Count >= 120, "the corpus shrank to " + documents.Count + " documents");
    }
}
