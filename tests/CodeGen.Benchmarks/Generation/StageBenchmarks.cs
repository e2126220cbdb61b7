using System.Linq;
using System.Text;
using System.Threading;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CodeGen.Benchmarks.Inputs;
using CodeGen.Generator;
using CodeGen.Generator.Emit;
using CodeGen.Generator.Input;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading;

namespace CodeGen.Benchmarks.Generation;

/// <summary>
/// The generator's stages one by one, next to Microsoft.OpenApi loading the same document: reading alone, reading and
/// modelling, and rendering a model built beforehand. <see cref="GenerationBenchmarks"/> times them together through
/// the Roslyn driver; this says where that time goes.
/// </summary>
/// <remarks>
/// The stages are called directly, without the driver, so their lines need not add up to its figure. Only the
/// rendering benchmarks build a model before timing: kept alive beside the loads, GitHub's model and output would
/// make their collections dearer.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 4, iterationCount: 8, id: "Warm")]
public class StageBenchmarks
{
    private BenchmarkSpec _spec = null!;
    private SpecInput _input = null!;
    private EmitInput _model = null!;
    private string[][] _outputLines = null!;

    /// <summary>The document.</summary>
    [Params("kps", "workspace", "cs", "github")]
    public string Spec { get; set; } = "kps";

    [GlobalSetup]
    public void Setup()
    {
        _spec = BenchmarkSpec.Load(Spec);
        _input = new SpecInput(_spec.Path, _spec.Text, new SpecOptions(_spec.Namespace, _spec.ClassName, RootNamespace: null));
    }

    [GlobalSetup(Targets = new[] { nameof(Emit), nameof(OutputWriteFloor) })]
    public void SetupModel()
    {
        Setup();
        _model = EmitInput.Of(SpecPipeline.BuildModel(_input, CancellationToken.None), CancellationToken.None);
        _outputLines = SourceEmitter.Emit(_model.Model!, _model.Settings, TemplateSet.Empty, canRegister: true, CancellationToken.None)
            .Select(file => file.Text.Split('\n'))
            .ToArray();
    }

    /// <summary>Microsoft.OpenApi alone loading the JSON document.</summary>
    [Benchmark(Baseline = true)]
    public object? ParserOnly() => PeerGenerators.MicrosoftOpenApi(_spec.Json);

    /// <summary>The read stage: the document's text to a validated <c>OpenApiDocument</c>, with the generator's own checks.</summary>
    [Benchmark]
    public object Read() => SpecReader.Read(_input, CancellationToken.None);

    /// <summary>The read and model stages: the text to the <see cref="ApiModel"/>, as the generator's first step runs them.</summary>
    [Benchmark]
    public object ReadAndModel() => SpecPipeline.BuildModel(_input, CancellationToken.None);

    /// <summary>The emit stage alone: every file rendered from a model built once before timing.</summary>
    [Benchmark]
    public long Emit() =>
        SourceEmitter.Emit(_model.Model!, _model.Settings, TemplateSet.Empty, canRegister: true, CancellationToken.None).Sum(file => (long)file.Text.Length);

    /// <summary>
    /// A practical floor for writing the emit stage's output, however it is produced: each file's finished lines
    /// appended to a builder and turned into its text, with nothing to decide. A writer that sized its buffer
    /// beforehand could allocate less.
    /// </summary>
    [Benchmark]
    public long OutputWriteFloor()
    {
        long length = 0;
        foreach (var lines in _outputLines)
        {
            var builder = new StringBuilder().Append(lines[0]);
            for (var i = 1; i < lines.Length; i++)
            {
                builder.Append('\n').Append(lines[i]);
            }

            length += builder.ToString().Length;
        }

        return length;
    }
}
