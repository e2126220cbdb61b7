using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Benchmarks.Generation;

/// <summary>Runs the generator in-process through <see cref="CSharpGeneratorDriver"/>, as the compiler does.</summary>
internal sealed class GeneratorRun
{
    private static readonly CSharpCompilation EmptyCompilation = GeneratorHarness.CreateCompilation(new[] { "namespace Consumer { internal static class Marker { } }" });

    private readonly IReadOnlyList<Spec> _specs;
    private IReadOnlyList<AdditionalText> _texts;
    private GeneratorDriver _driver;

    public GeneratorRun(IReadOnlyList<Spec> specs)
    {
        _specs = specs;
        _texts = specs.Select(spec => (AdditionalText)new InMemoryAdditionalText(spec.Path, spec.Text)).ToList();

        // Step tracking off, as in the compiler and the IDE.
        _driver = CSharpGeneratorDriver.Create(
            new[] { new CodeGen.Generator.OpenApiClientGenerator().AsSourceGenerator() },
            _texts,
            GeneratorHarness.ParseOptions,
            GeneratorHarness.OptionsFor(specs),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: false));
    }

    public CSharpCompilation Compilation { get; private set; } = EmptyCompilation;

    public IReadOnlyList<Spec> Specs => _specs;

    /// <summary>Generates everything from scratch, as the first build does; returns the generated characters.</summary>
    public static long Cold(IReadOnlyList<Spec> specs) => new GeneratorRun(specs).Run();

    /// <summary>Runs the driver over the current inputs and returns the generated characters.</summary>
    public long Run()
    {
        _driver = _driver.RunGenerators(Compilation);
        return _driver.GetRunResult().Results.Sum(result => result.GeneratedSources.Sum(source => (long)source.SourceText.Length));
    }

    /// <summary>Replaces the text of spec <paramref name="index"/>, as an edit in the IDE does.</summary>
    public void EditSpec(int index, string text)
    {
        var replacement = new InMemoryAdditionalText(_specs[index].Path, text);
        _driver = _driver.ReplaceAdditionalText(_texts[index], replacement);
        _texts = _texts.Select((existing, i) => i == index ? replacement : existing).ToList();
    }

    /// <summary>Replaces the consumer's own source file, as an unrelated C# edit does.</summary>
    public void EditCSharp(string source)
    {
        var old = Compilation.SyntaxTrees.First();
        Compilation = Compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, GeneratorHarness.ParseOptions, old.FilePath));
    }

    /// <summary>The generated sources of the last run.</summary>
    public IEnumerable<SyntaxTree> GeneratedTrees() =>
        _driver.GetRunResult().Results.SelectMany(result => result.GeneratedSources).Select(source => source.SyntaxTree);
}
