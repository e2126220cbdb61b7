using System;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using CodeGen.Benchmarks.Generation;

namespace CodeGen.Benchmarks;

internal static class Program
{
    private const string DryFlag = "--dry";

    private static int Main(string[] args)
    {
        if (args.Length > 0 && args[0] == ColdStart.Command)
        {
            return ColdStart.Run(args.AsSpan(1));
        }

        if (args.Length > 0 && args[0] == HostileReport.Command)
        {
            return HostileReport.Run(args.AsSpan(1));
        }

        // In-process: the benchmarks need no separately restored copy of this project, whose packages are pinned centrally.
        // "--dry" runs each benchmark once whatever its job says, so CI can check they all still run.
        var dry = Array.IndexOf(args, DryFlag) >= 0;
        var job = (dry ? Job.Dry : Job.Default).WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(30), logOutput: true));
        var config = DefaultConfig.Instance.AddJob(job.AsMutator());

        // A dry run only checks that each benchmark still runs, so a Debug build will do.
        config = dry ? config.WithOptions(ConfigOptions.DisableOptimizationsValidator) : config;
        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(Array.FindAll(args, arg => arg != DryFlag), config);

        // A benchmark that throws leaves its report with errors: fail, so a dry run in CI catches it.
        return summaries.Any(summary => summary.HasCriticalValidationErrors || summary.Reports.Any(report => !report.Success)) ? 1 : 0;
    }
}
