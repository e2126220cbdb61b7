using System;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CodeGen.Benchmarks.Inputs;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace CodeGen.Benchmarks.Generation;

/// <summary>
/// Synthetic specs of growing size: generating them, and compiling what they generate (parse and bind every file),
/// must grow linearly with the operations. The output's size is printed when each spec is set up.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScalingBenchmarks
{
    private Spec _spec = null!;
    private string[] _output = null!;

    /// <summary>Operations in the spec (each with its own path, parameters and response schema).</summary>
    [Params(10, 100, 1000, 5000)]
    public int Operations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _spec = new Spec("synthetic.json", SyntheticSpec.Create(Operations), "Synthetic", "SyntheticClient");
        var run = new GeneratorRun(new[] { _spec });
        run.Run();
        _output = run.GeneratedTrees().Select(tree => tree.ToString()).ToArray();
        Console.WriteLine($"// {Operations} operations: {_output.Sum(s => (long)s.Length)} chars, {_output.Sum(s => s.Count(c => c == '\n'))} lines, {Errors()} errors");
    }

    [Benchmark]
    public long Generate() => GeneratorRun.Cold(new[] { _spec });

    /// <summary>Compiling the generated code: every file parsed and bound, all diagnostics computed.</summary>
    [Benchmark]
    public int Compile() => Errors();

    private int Errors() =>
        GeneratorHarness.CreateCompilation(_output, NullableContextOptions.Enable)
            .GetDiagnostics()
            .Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
}
