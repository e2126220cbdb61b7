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

    public static JsonArray Sign(JsonArray requests)
    {
        NodeTools.EnsureInstalled(Directory, Path.Combine("node_modules", "@huaweicloud", "huaweicloud-sdk-core", "package.json"));
        var output = NodeTools.Run("node", "sign.js", Directory, requests.ToJsonString());
        return JsonNode.Parse(output)!.AsArray();
    }
}
