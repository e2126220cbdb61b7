using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Threading;

namespace CodeGen.Runtime.Tests.Infrastructure;

/// <summary>Runs the vendors' own Node SDK signers (VendorSigners/sign.js), installing their pinned packages once.</summary>
internal static class VendorSigners
{
    private static readonly Lock InstallLock = new();

    public static string Directory => Path.Combine(
        typeof(VendorSigners).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
        "VendorSigners");

    public static JsonArray Sign(JsonArray requests)
    {
        EnsureInstalled();
        var output = Run("node", "sign.js", requests.ToJsonString());
        return JsonNode.Parse(output)!.AsArray();
    }

    private static void EnsureInstalled()
    {
        lock (InstallLock)
        {
            if (!File.Exists(Path.Combine(Directory, "node_modules", "@huaweicloud", "huaweicloud-sdk-core", "package.json")))
            {
                Run("npm", "ci --ignore-scripts --no-audit --no-fund", null);
            }
        }
    }

    private static string Run(string command, string arguments, string? input)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = Directory,
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
