using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using CodeGen.Benchmarks.Inputs;
using Microsoft.CodeAnalysis;

namespace CodeGen.Benchmarks.Generation;

/// <summary>
/// Cold generation: each measurement is the first run in a fresh process (JIT, type loading and template
/// parsing included), the median of three processes. Run: <c>dotnet run -c Release --project tests/CodeGen.Benchmarks -- cold</c>.
/// </summary>
internal static class ColdStart
{
    public const string Command = "cold";

    private const int Processes = 3;
    private static readonly string[] Tools = { "parser", "codegen", "nswag" };

    public static int Run(ReadOnlySpan<string> args)
    {
        if (args.Length == 2)
        {
            Measure(args[0], args[1]);
            return 0;
        }

        var specs = args.Length == 1 ? args[0].Split(',') : BenchmarkSpec.Names;
        Console.WriteLine("| Spec | Tool | Cold time (median of " + Processes + " processes) | Allocated | Output chars |");
        Console.WriteLine("|---|---|--:|--:|--:|");
        foreach (var spec in specs)
        {
            foreach (var tool in Tools)
            {
                var runs = Enumerable.Range(0, Processes).Select(_ => RunChild(spec, tool)).OrderBy(run => run.Milliseconds).ToList();
                var median = runs[Processes / 2];
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {spec} | {tool} | {median.Milliseconds:N0} ms | {median.AllocatedBytes / 1048576.0:N1} MB | {median.OutputChars:N0} |"));
            }
        }

        return 0;
    }

    private static void Measure(string specName, string tool)
    {
        var spec = BenchmarkSpec.Load(specName);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        long output = tool switch
        {
            "parser" => PeerGenerators.MicrosoftOpenApi(spec.Json) is null ? -1 : 0,
            "codegen" => GeneratorRun.Cold(new[] { spec.ToGeneratorSpec() }),
            "nswag" => PeerGenerators.NSwag(spec.Json).Length,
            "steps" => Steps(spec),
            _ => throw new ArgumentException("Unknown tool " + tool),
        };
        watch.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{watch.Elapsed.TotalMilliseconds} {allocated} {output}"));
    }

    /// <summary>
    /// Where a warm run's time goes: the spec generated three times by new drivers (nothing cached, every step runs)
    /// and each tracked step's time in the last run printed to stderr, with the generated files' sizes.
    /// </summary>
    private static long Steps(BenchmarkSpec spec)
    {
        var compilation = CodeGen.Generator.Tests.Infrastructure.GeneratorHarness.CreateCompilation(Array.Empty<string>());
        GeneratorDriver driver = null!;
        for (var run = 0; run < 3; run++)
        {
            driver = CodeGen.Generator.Tests.Infrastructure.GeneratorHarness.CreateDriver(new[] { spec.ToGeneratorSpec() }).RunGenerators(compilation);
        }

        var result = driver.GetRunResult();
        foreach (var (name, steps) in result.Results[0].TrackedSteps)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: {steps.Sum(step => step.ElapsedTime.TotalMilliseconds):N2} ms"));
        }

        foreach (var source in result.Results[0].GeneratedSources)
        {
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{source.HintName}: {source.SourceText.Length:N0} chars, {source.SourceText.Lines.Count:N0} lines"));
        }

        return result.Results[0].GeneratedSources.Sum(source => (long)source.SourceText.Length);
    }

    private static (double Milliseconds, long AllocatedBytes, long OutputChars) RunChild(string spec, string tool)
    {
        var host = Environment.ProcessPath!;
        var arguments = new List<string>();
        if (System.IO.Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            arguments.Add(typeof(ColdStart).Assembly.Location);
        }

        arguments.AddRange(new[] { Command, spec, tool });
        var start = new ProcessStartInfo(host, arguments) { RedirectStandardOutput = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start " + host);
        var lines = process.StandardOutput.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{spec}/{tool} exited with {process.ExitCode}");
        }

        var fields = lines[^1].Split(' ');
        return (double.Parse(fields[0], CultureInfo.InvariantCulture), long.Parse(fields[1], CultureInfo.InvariantCulture), long.Parse(fields[2], CultureInfo.InvariantCulture));
    }
}
