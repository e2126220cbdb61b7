using System;
using System.IO;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>How a test that needs Node.js finds out that the machine lacks it.</summary>
public sealed class NodeRequirementTests
{
    [Fact]
    public void A_command_is_found_in_any_directory_of_the_path_and_only_there()
    {
        var empty = Directory.CreateTempSubdirectory("path-empty-");
        var holding = Directory.CreateTempSubdirectory("path-node-");
        try
        {
            File.WriteAllText(Path.Combine(holding.FullName, OperatingSystem.IsWindows() ? "node.exe" : "node"), string.Empty);

            Assert.True(NodeRequirement.IsOnPath("node", empty.FullName + Path.PathSeparator + holding.FullName));
            Assert.False(NodeRequirement.IsOnPath("node", empty.FullName));
            Assert.False(NodeRequirement.IsOnPath("npm", holding.FullName));
            Assert.False(NodeRequirement.IsOnPath("node", string.Empty));
        }
        finally
        {
            empty.Delete(recursive: true);
            holding.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_skip_reason_names_every_missing_command_and_what_needs_it()
    {
        var holding = Directory.CreateTempSubdirectory("path-node-");
        try
        {
            File.WriteAllText(Path.Combine(holding.FullName, OperatingSystem.IsWindows() ? "node.exe" : "node"), string.Empty);

            Assert.Null(NodeRequirement.MissingReason("signing", new[] { "node" }, holding.FullName));
            Assert.Equal("'npm' not on PATH: signing needs Node.js and npm.", NodeRequirement.MissingReason("signing", new[] { "node", "npm" }, holding.FullName));
            Assert.Equal("'node' and 'npm' not on PATH: reading a corpus needs Node.js and npm.", NodeRequirement.MissingReason("reading a corpus", new[] { "node", "npm" }, string.Empty));
        }
        finally
        {
            holding.Delete(recursive: true);
        }
    }
}
