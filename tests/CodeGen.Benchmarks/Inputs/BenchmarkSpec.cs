using System;
using System.IO;
using System.Linq;
using System.Reflection;
using CodeGen.Generator.Tests.Infrastructure;

namespace CodeGen.Benchmarks.Inputs;

/// <summary>A document the generation benchmarks read: as the user has it, and as JSON for readers that take only JSON.</summary>
/// <param name="Text">The document as written (YAML for the three specs).</param>
/// <param name="Json">The same document as JSON.</param>
internal sealed record BenchmarkSpec(string Name, string Path, string Text, string Json, string Namespace, string ClassName)
{
    public static readonly string[] Names = { "kps", "workspace", "cs", "github" };

    public Spec ToGeneratorSpec(string? text = null) => new(Path, text ?? Text, Namespace, ClassName);

    /// <summary>Loads one of <see cref="Names"/>, or <c>synthetic-N</c> (<see cref="SyntheticSpec"/>); GitHub's spec is installed from npm on first use.</summary>
    public static BenchmarkSpec Load(string name)
    {
        switch (name)
        {
            case "kps":
                return FromYaml(name, "specs/huaweicloud/kps.yaml", "HuaweiCloud.Kps", "KpsClient");
            case "workspace":
                return FromYaml(name, "specs/huaweicloud/workspace.yaml", "HuaweiCloud.Workspace", "WorkspaceClient");
            case "cs":
                return FromYaml(name, "specs/alibabacloud/cs.yaml", "AlibabaCloud.Cs", "CsClient");
            case "github":
                var corpus = typeof(BenchmarkSpec).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "CorpusDirectory").Value!;
                NodeTools.EnsureInstalled(corpus, System.IO.Path.Combine("node_modules", "@octokit", "openapi", "package.json"));
                var path = System.IO.Path.Combine(corpus, "node_modules", "@octokit", "openapi", "generated", "api.github.com.json");
                var json = File.ReadAllText(path);
                return new BenchmarkSpec(name, path, json, json, "GitHub", "GitHubClient");
            case var synthetic when synthetic.StartsWith("synthetic-", StringComparison.Ordinal):
                var text = SyntheticSpec.Create(int.Parse(synthetic.Substring("synthetic-".Length), System.Globalization.CultureInfo.InvariantCulture));
                return new BenchmarkSpec(name, name + ".json", text, text, "Synthetic", "SyntheticClient");
            default:
                throw new ArgumentException("Unknown spec " + name, nameof(name));
        }
    }

    private static BenchmarkSpec FromYaml(string name, string relativePath, string ns, string className)
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, relativePath);
        var text = File.ReadAllText(path);
        return new BenchmarkSpec(name, path, text, YamlToJson.Convert(text), ns, className);
    }
}
