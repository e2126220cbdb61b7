using System.IO;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CodeGen.Benchmarks.Inputs;
using YamlDotNet.Core;

namespace CodeGen.Benchmarks.Generation;

/// <summary>
/// What reading a YAML spec costs before any OpenAPI work: YamlDotNet's scanner (tokens only) and parser (events)
/// over the cloud specs' text, next to Microsoft.OpenApi's whole load of the same document as JSON. The generator
/// reads YAML through this parser, so its read stage cannot cost less than the parser line.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 4, iterationCount: 8, id: "Warm")]
public class YamlFloorBenchmarks
{
    private BenchmarkSpec _spec = null!;

    /// <summary>The document.</summary>
    [Params("kps", "workspace", "cs")]
    public string Spec { get; set; } = "kps";

    [GlobalSetup]
    public void Setup()
    {
        _spec = BenchmarkSpec.Load(Spec);
    }

    /// <summary>Microsoft.OpenApi loading the JSON form of the document, validation included.</summary>
    [Benchmark(Baseline = true)]
    public object? ParserOnJson() => PeerGenerators.MicrosoftOpenApi(_spec.Json);

    /// <summary>YamlDotNet's scanner over the YAML text: tokens, nothing built.</summary>
    [Benchmark]
    public int YamlTokens()
    {
        var scanner = new Scanner(new StringReader(_spec.Text));
        var count = 0;
        while (scanner.MoveNext())
        {
            count++;
        }

        return count;
    }

    /// <summary>YamlDotNet's parser over the YAML text: the events the generator's converter consumes, nothing built.</summary>
    [Benchmark]
    public int YamlEvents()
    {
        var parser = new Parser(new StringReader(_spec.Text));
        var count = 0;
        while (parser.MoveNext())
        {
            count++;
        }

        return count;
    }

    /// <summary>Microsoft.OpenApi loading the YAML document as its YAML reader does (see <see cref="PeerGenerators.MicrosoftOpenApiYaml"/>).</summary>
    [Benchmark]
    public object? ParserOnYaml() => PeerGenerators.MicrosoftOpenApiYaml(_spec.Text);
}
