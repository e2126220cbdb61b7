using System;
using System.Diagnostics;
using System.IO;
using System.Threading;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>Runs npm and node for the tests that compare against, or read, pinned npm packages.</summary>
internal static class NodeTools
{
    private static readonly Lock InstallLock = new();

    /// <summary>Runs <c>npm ci</c> in <paramref name="directory"/> unless <paramref name="installedFile"/> (relative to it) exists.</summary>
    public static void EnsureInstalled(string directory, string installedFile)
    {
        lock (InstallLock)
        {
            if (!File.Exists(Path.Combine(directory, installedFile)))
            {
                Run("npm", "ci --ignore-scripts --no-audit --no-fund", directory, null);
            }
        }
    }

    /// <summary>Runs a command to completion (five minutes at most) and returns what it printed; a failure throws with its stderr.</summary>
    public static string Run(string command, string arguments, string directory, string? input)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Cannot start " + command);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException(command + " " + arguments + " did not finish in 5 minutes");
        }

        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(command + " " + arguments + " failed (" + process.ExitCode + "): " + stderr.Result);
        }

        return stdout.Result;
    }
}
