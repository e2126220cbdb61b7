using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Nodes;
using CodeGen.Generator.Tests.Infrastructure;

namespace CodeGen.Runtime.Tests.Infrastructure;

/// <summary>Runs the vendors' own Node SDK signers (VendorSigners/sign.js), installing their pinned packages once.</summary>
internal static class VendorSigners
{
    public static string Directory => Path.Combine(
        typeof(VendorSigners).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
        "VendorSigners");

    /// <summary>Signs with the vendors' SDKs; the test is skipped when node, or npm for a first install, is missing.</summary>
    public static JsonArray Sign(JsonArray requests)
    {
        var installed = Path.Combine("node_modules", "@huaweicloud", "huaweicloud-sdk-core", "package.json");
        var needed = File.Exists(Path.Combine(Directory, installed)) ? new[] { "node" } : new[] { "node", "npm" };
        NodeRequirement.SkipUnlessOnPath("comparing with the vendors' Node SDK signers", needed);

        NodeTools.EnsureInstalled(Directory, installed);
        var output = NodeTools.Run("node", "sign.js", Directory, requests.ToJsonString());
        return JsonNode.Parse(output)!.AsArray();
    }
}
