using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>The generated code for the product's own specs, file by file.</summary>
public sealed class SpecSnapshotTests
{
    [Theory]
    [InlineData("specs/huaweicloud/kps.yaml", "HuaweiCloud.Kps", "KpsClient")]
    [InlineData("specs/alibabacloud/cs.yaml", "AlibabaCloud.Cs", "CsClient")]
    [InlineData("specs/huaweicloud/workspace.yaml", "HuaweiCloud.Workspace", "WorkspaceClient")]
    public void Spec_generates_the_approved_code(string path, string ns, string className)
    {
        var result = GeneratorHarness.Run(Spec.FromFile(path, ns, className));

        Assert.Empty(result.GeneratorDiagnostics);
        Approvals.VerifyAll(result.Sources);
    }
}
