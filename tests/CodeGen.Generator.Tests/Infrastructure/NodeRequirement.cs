using System;
using System.IO;
using System.Linq;
using Xunit;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>
/// Tests that compare against Node packages report themselves skipped, naming what is missing, on a machine with
/// only the .NET SDK: a failure there would say nothing about the code under test. CI has Node and fails on a skip.
/// </summary>
internal static class NodeRequirement
{
    /// <summary>Skips the running test unless every one of <paramref name="commands"/> is on PATH.</summary>
    public static void SkipUnlessOnPath(string purpose, params string[] commands)
    {
        var reason = MissingReason(purpose, commands, path: null);
        Assert.SkipWhen(reason is not null, reason ?? string.Empty);
    }

    /// <summary>Why a test for <paramref name="purpose"/> cannot run with <paramref name="path"/> (by default PATH), or null when it can.</summary>
    public static string? MissingReason(string purpose, string[] commands, string? path)
    {
        var missing = commands.Where(command => !IsOnPath(command, path)).Select(command => "'" + command + "'").ToList();
        return missing.Count == 0 ? null : $"{string.Join(" and ", missing)} not on PATH: {purpose} needs Node.js and npm.";
    }

    /// <summary>Whether <paramref name="path"/> (by default PATH) holds <paramref name="command"/>, found there the way a process start finds it.</summary>
    public static bool IsOnPath(string command, string? path = null)
    {
        var names = OperatingSystem.IsWindows() ? new[] { command + ".exe", command + ".cmd" } : new[] { command };
        return (path ?? Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Any(directory => names.Any(name => File.Exists(Path.Combine(directory, name))));
    }
}
