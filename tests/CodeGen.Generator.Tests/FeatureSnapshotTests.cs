using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>The generated code for small specs that each exercise one area.</summary>
public sealed class FeatureSnapshotTests
{
    [Theory]
    [InlineData("Specs/types.yaml")]
    [InlineData("Specs/enums.yaml")]
    [InlineData("Specs/parameters.yaml")]
    [InlineData("Specs/petstore-swagger2.json")]
    [InlineData("Specs/edge-cases.yaml")]
    [InlineData("Specs/bodies.yaml")]
    [InlineData("Specs/unions.yaml")]
    [InlineData("Specs/names.yaml")]
    [InlineData("Specs/schemas.yaml")]
    [InlineData("Specs/inheritance.yaml")]
    public void Feature_spec_generates_the_approved_code(string path)
    {
        // Feature specs declare schemas to show how each is generated, whether or not an operation uses it.
        var result = GeneratorHarness.Run(Spec.FromFile(path).With("KeepUnusedSchemas", "true"));

        Approvals.VerifyAll(result.Sources);
    }
}
