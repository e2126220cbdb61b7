using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>
/// Snapshot checks: the text must equal <c>Snapshots/{name}.verified.cs</c>. On a mismatch the actual text is written
/// beside it as <c>.received.cs</c> and the test fails with a unified diff; set <c>CODEGEN_ACCEPT_SNAPSHOTS=1</c> to accept.
/// </summary>
internal static class Approvals
{
    /// <summary>Verifies every generated file, failing once with all the differences.</summary>
    public static void VerifyAll(System.Collections.Generic.IEnumerable<(string HintName, string Text)> sources)
    {
        var failures = new System.Collections.Generic.List<string>();
        foreach (var (hintName, text) in System.Linq.Enumerable.OrderBy(sources, s => s.HintName, StringComparer.Ordinal))
        {
            try
            {
                Verify(text, hintName.Replace(".g.cs", string.Empty, StringComparison.Ordinal));
            }
            catch (Xunit.Sdk.XunitException exception)
            {
                failures.Add(exception.Message);
            }
        }

        if (failures.Count > 0)
        {
            Assert.Fail(string.Join("\n\n", failures));
        }
    }

    private static readonly System.Text.RegularExpressions.Regex ToolVersion = new("GeneratedCode\\(\"CodeGen\\.Generator\", \"[0-9.]+\"\\)");

    public static void Verify(string actual, string name)
    {
        var directory = Path.Combine(ProjectDirectory(), "Snapshots");
        Directory.CreateDirectory(directory);
        var verifiedPath = Path.Combine(directory, name + ".verified.cs");
        var receivedPath = Path.Combine(directory, name + ".received.cs");
        // The tool version changes with every release; the code around it is what is approved.
        actual = ToolVersion.Replace(actual.Replace("\r\n", "\n"), "GeneratedCode(\"CodeGen.Generator\", \"{version}\")");
        var expected = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).Replace("\r\n", "\n") : null;
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }

        var accept = Environment.GetEnvironmentVariable("CODEGEN_ACCEPT_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") != "true";
        if (accept)
        {
            File.WriteAllText(verifiedPath, actual);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, actual);
        Assert.Fail(expected is null
            ? $"No snapshot {verifiedPath}; the output was written to {receivedPath}. Review it and rename it, or run with CODEGEN_ACCEPT_SNAPSHOTS=1."
            : $"Snapshot {name} differs (received: {receivedPath}):\n{UnifiedDiff(expected, actual)}");
    }

    private static string ProjectDirectory() =>
        typeof(Approvals).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!;

    private static string UnifiedDiff(string expected, string actual)
    {
        var diff = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false);
        var builder = new StringBuilder();
        var shown = 0;
        foreach (var line in diff.Lines)
        {
            var prefix = line.Type switch { ChangeType.Inserted => "+ ", ChangeType.Deleted => "- ", _ => null };
            if (prefix is null)
            {
                continue;
            }

            builder.Append(prefix).Append(line.Position?.ToString() ?? "?").Append(": ").AppendLine(line.Text);
            if (++shown == 200)
            {
                builder.AppendLine("… (more lines differ)");
                break;
            }
        }

        return builder.ToString();
    }
}
