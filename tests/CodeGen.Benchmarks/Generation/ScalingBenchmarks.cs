using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CodeGen.Benchmarks.Inputs;
using CodeGen.Generator.Tests.Infrastructure;

namespace CodeGen.Benchmarks.Generation;

/// <summary>Generation of synthetic specs of growing size: time and memory must grow linearly with the operations.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class ScalingBenchmarks
{
    private Spec _spec = null!;

    /// <summary>Operations in the spec (each with its own path, parameters and response schema).</summary>
    [Params(10, 100, 1000, 5000)]
    public int Operations { get; set; }

    [GlobalSetup]
    public void Setup() => _spec = new Spec("synthetic.json", SyntheticSpec.Create(Operations), "Synthetic", "SyntheticClient");

    [Benchmark]
    public long Generate() => GeneratorRun.Cold(new[] { _spec });
}
