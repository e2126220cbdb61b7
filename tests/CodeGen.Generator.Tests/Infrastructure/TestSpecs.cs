using System.Collections.Generic;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>The specs every generation test runs over: the product's own and one per feature.</summary>
internal static class TestSpecs
{
    public static readonly (string Path, string? Namespace, string? ClassName)[] Product =
    {
        ("specs/huaweicloud/kps.yaml", "HuaweiCloud.Kps", "KpsClient"),
        ("specs/alibabacloud/cs.yaml", "AlibabaCloud.Cs", "CsClient"),
        ("specs/huaweicloud/workspace.yaml", "HuaweiCloud.Workspace", "WorkspaceClient"),
    };

    public static readonly string[] Features =
    {
        "Specs/types.yaml",
        "Specs/enums.yaml",
        "Specs/parameters.yaml",
        "Specs/petstore-swagger2.json",
        "Specs/edge-cases.yaml",
        "Specs/bodies.yaml",
        "Specs/unions.yaml",
        "Specs/names.yaml",
        "Specs/schemas.yaml",
        "Specs/inheritance.yaml",
    };

    public static IEnumerable<Spec> All()
    {
        foreach (var (path, ns, className) in Product)
        {
            yield return Spec.FromFile(path, ns, className);
        }

        foreach (var path in Features)
        {
            yield return Spec.FromFile(path);
        }
    }
}
