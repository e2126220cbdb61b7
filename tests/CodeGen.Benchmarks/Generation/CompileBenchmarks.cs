using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CodeGen.Benchmarks.Inputs;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Benchmarks.Generation;

/// <summary>
/// What the generated code for GitHub's spec costs the compiler: parsing and binding every file (all
/// diagnostics computed), ours against NSwag's output for the same document.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CompileBenchmarks
{
    private string[] _ours = null!;
    private string _nswag = null!;

    [GlobalSetup]
    public void Setup()
    {
        var spec = BenchmarkSpec.Load("github");
        var run = new GeneratorRun(new[] { spec.ToGeneratorSpec() });
        run.Run();
        _ours = run.GeneratedTrees().Select(tree => tree.ToString()).ToArray();
        _nswag = PeerGenerators.NSwag(spec.Json);
        Console.WriteLine($"// ours: {_ours.Sum(s => (long)s.Length)} chars, {_ours.Sum(s => s.Count(c => c == '\n'))} lines, {Errors(_ours)} errors");
        Console.WriteLine($"// NSwag: {_nswag.Length} chars, {_nswag.Count(c => c == '\n')} lines, {Errors(new[] { _nswag })} errors");
    }

    /// <summary>This generator's output.</summary>
    [Benchmark(Baseline = true)]
    public int CodeGen() => Errors(_ours);

    /// <summary>NSwag's output.</summary>
    [Benchmark]
    public int NSwag() => Errors(new[] { _nswag });

    private static int Errors(string[] sources) =>
        GeneratorHarness.CreateCompilation(sources, NullableContextOptions.Enable)
            .GetDiagnostics()
            .Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
}
