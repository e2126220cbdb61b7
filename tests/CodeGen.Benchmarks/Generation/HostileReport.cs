using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;

namespace CodeGen.Benchmarks.Generation;

/// <summary>
/// Hostile inputs at growing sizes, each generated in a fresh process on a 1 MB thread stack (an IDE thread's size):
/// time from text to generated source, the process's peak working set, the output and the diagnostics.
/// Run: <c>dotnet run -c Release --project tests/CodeGen.Benchmarks -- hostile [sizes] [classes]</c>, both comma-separated
/// (classes default to all of <see cref="HostileInputs.Classes"/>; sizes default 1000,5000,20000; the YAML alias class grows by levels, 4, 8 and 12 at the defaults, the alias tower by a
/// hundredth of the size in anchors).
/// </summary>
internal static class HostileReport
{
    public const string Command = "hostile";

    private const long BudgetBytes = 1L << 30;
    private const double BudgetMilliseconds = 10_000;
    private const int BudgetInputBytes = 1 << 20;
    private const long ChildHeapLimit = 4L << 30;
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromSeconds(120);

    public static int Run(ReadOnlySpan<string> args)
    {
        if (args.Length == 3 && args[0] == "--child")
        {
            return Measure(args[1], int.Parse(args[2], CultureInfo.InvariantCulture));
        }

        var sizes = args.Length >= 1 ? args[0].Split(',').Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToArray() : new[] { 1_000, 5_000, 20_000 };
        Console.WriteLine("| Input class | Size | Spec | Time | Peak working set | Output chars | Diagnostics | Budget (≤1 MB spec: ≤10 s, ≤1 GB) |");
        Console.WriteLine("|---|--:|--:|--:|--:|--:|---|---|");
        var failed = false;
        var classes = args.Length >= 2 ? args[1].Split(',') : HostileInputs.Classes;
        foreach (var inputClass in classes)
        {
            foreach (var size in sizes)
            {
                var row = RunChild(inputClass, AliasLevels(inputClass, size, sizes));
                failed |= row.EndsWith("| no |", StringComparison.Ordinal);
                Console.WriteLine(row);
            }
        }

        return failed ? 1 : 0;
    }

    /// <summary>The alias class grows exponentially in its parameter, so sizes map to levels.</summary>
    private static int AliasLevels(string inputClass, int size, int[] sizes) =>
        inputClass == "yaml-aliases" ? 4 * (Array.IndexOf(sizes, size) + 1) : size;

    private static int Measure(string inputClass, int size)
    {
        var spec = HostileInputs.Create(inputClass, size);
        var watch = Stopwatch.StartNew();
        var result = GeneratorHarness.OnSmallStack(() => GeneratorHarness.Run(spec));
        watch.Stop();

        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var output = result.Sources.Sum(source => (long)source.Text.Length);
        var diagnostics = string.Join(", ", result.GeneratorDiagnostics.GroupBy(d => d.Id).OrderBy(group => group.Key, StringComparer.Ordinal).Select(group => group.Key + (group.Count() > 1 ? " ×" + group.Count() : string.Empty)));
        var inputBytes = System.Text.Encoding.UTF8.GetByteCount(spec.Text);
        var budget = inputBytes > BudgetInputBytes ? "n/a (spec over 1 MB)"
            : watch.Elapsed.TotalMilliseconds <= BudgetMilliseconds && peak <= BudgetBytes ? "met" : "missed";
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {inputClass} | {size:N0} | {inputBytes / 1024.0:N0} KB | {watch.Elapsed.TotalMilliseconds:N0} ms | {peak / 1048576.0:N0} MB | {output:N0} | {(diagnostics.Length == 0 ? "none" : diagnostics)} | {budget} |"));
        return 0;
    }

    private static string RunChild(string inputClass, int size)
    {
        var host = Environment.ProcessPath!;
        var arguments = new List<string>();
        if (System.IO.Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            arguments.Add(typeof(HostileReport).Assembly.Location);
        }

        arguments.AddRange(new[] { Command, "--child", inputClass, size.ToString(CultureInfo.InvariantCulture) });
        var start = new ProcessStartInfo(host, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };

        // A run that escapes its bounds must not take the machine with it: the heap is capped and the time limited.
        start.Environment["DOTNET_GCHeapHardLimit"] = "0x" + ChildHeapLimit.ToString("X", CultureInfo.InvariantCulture);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start " + host);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(ChildTimeout))
        {
            process.Kill(entireProcessTree: true);
            return $"| {inputClass} | {size:N0} | | over {ChildTimeout.TotalSeconds:N0} s (stopped) | | | | no |";
        }

        var lines = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (process.ExitCode != 0 || lines.Length == 0)
        {
            var reason = stderr.Result.Contains("Stack overflow", StringComparison.Ordinal) ? "stack overflow"
                : stderr.Result.Contains("OutOfMemory", StringComparison.Ordinal) ? "out of memory (heap capped at 4 GB)"
                : "exit code " + process.ExitCode;
            return $"| {inputClass} | {size:N0} | | | | | the process died: {reason} | no |";
        }

        return lines[^1];
    }
}
