using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CodeGen.Benchmarks.Inputs;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CodeGen.Benchmarks.Generation;

/// <summary>
/// GitHub's spec whole against one tag of it (<c>IncludeTags="repos"</c>): generation from scratch, and what the
/// output costs the compiler (parsing and binding every generated file).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SelectionBenchmarks
{
    private Spec _spec = null!;
    private string[] _output = null!;

    /// <summary>The whole document, or only the operations tagged <c>repos</c>.</summary>
    [Params("whole", "repos")]
    public string Selection { get; set; } = "whole";

    [GlobalSetup]
    public void Setup()
    {
        var spec = BenchmarkSpec.Load("github").ToGeneratorSpec();
        _spec = Selection == "whole" ? spec : spec.With("IncludeTags", Selection);
        var run = new GeneratorRun(new[] { _spec });
        run.Run();
        _output = run.GeneratedTrees().Select(tree => tree.ToString()).ToArray();
        Console.WriteLine($"// {Selection}: {_output.Length} files, {_output.Sum(s => (long)s.Length)} chars, {_output.Sum(s => s.Count(c => c == '\n'))} lines, {Errors(_output)} errors");
    }

    /// <summary>Read, model and emit, through a new Roslyn driver.</summary>
    [Benchmark]
    public long Generate() => GeneratorRun.Cold(new[] { _spec });

    /// <summary>Parse and bind the generated files.</summary>
    [Benchmark]
    public int Compile() => Errors(_output);

    private static int Errors(string[] sources) =>
        GeneratorHarness.CreateCompilation(sources, NullableContextOptions.Enable)
            .GetDiagnostics()
            .Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
}
