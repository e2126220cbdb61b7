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
/// diagnostics computed), ours against NSwag's output for the same document; ours also emitted to a stream, and
/// laid out one type per file instead of one file per kind.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class CompileBenchmarks
{
    private string[] _ours = null!;
    private string[] _oursPerType = null!;
    private string _nswag = null!;

    [GlobalSetup]
    public void Setup()
    {
        var spec = BenchmarkSpec.Load("github");
        var run = new GeneratorRun(new[] { spec.ToGeneratorSpec() });
        run.Run();
        _ours = run.GeneratedTrees().Select(tree => tree.ToString()).ToArray();
        _oursPerType = OutputSplitter.PerType(_ours, membersPerPart: 400);
        _nswag = PeerGenerators.NSwag(spec.Json);
        Console.WriteLine($"// ours per type: {_oursPerType.Length} files, {Errors(_oursPerType)} errors");
        Console.WriteLine($"// ours: {_ours.Sum(s => (long)s.Length)} chars, {_ours.Sum(s => s.Count(c => c == '\n'))} lines, {Errors(_ours)} errors");
        Console.WriteLine($"// NSwag: {_nswag.Length} chars, {_nswag.Count(c => c == '\n')} lines, {Errors(new[] { _nswag })} errors");
    }

    /// <summary>This generator's output.</summary>
    [Benchmark(Baseline = true)]
    public int CodeGen() => Errors(_ours);

    /// <summary>This generator's output, parsed, bound and emitted to a stream, as a build does.</summary>
    /// <remarks>NSwag's output is not emitted: its 16 errors stop the compiler before code generation.</remarks>
    [Benchmark]
    public long CodeGenEmit()
    {
        using var stream = new System.IO.MemoryStream();
        var result = GeneratorHarness.CreateCompilation(_ours, NullableContextOptions.Enable).Emit(stream);
        return result.Success ? stream.Length : throw new InvalidOperationException("the output did not compile");
    }

    /// <summary>This generator's output laid out one type per file, the client and the JSON context in parts.</summary>
    [Benchmark]
    public int CodeGenPerType() => Errors(_oursPerType);

    /// <summary>NSwag's output.</summary>
    [Benchmark]
    public int NSwag() => Errors(new[] { _nswag });

    private static int Errors(string[] sources) =>
        GeneratorHarness.CreateCompilation(sources, NullableContextOptions.Enable)
            .GetDiagnostics()
            .Count(diagnostic => diagnostic.Severity == DiagnosticSeverity.Error);
}
