using System.Linq;
using CodeGen.Generator.Input;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>Runs the read and model stages on a spec text, without rendering: what a test asserts is the model itself.</summary>
internal static class ModelHarness
{
    /// <summary>The spec's model; fails the test, naming the diagnostics, when the spec has none.</summary>
    public static ApiModel Build(string text, string path = "/specs/api.yaml", SpecOptions? options = null)
    {
        var result = Run(text, path, options);
        return result.Model ?? throw new Xunit.Sdk.XunitException("The spec built no model: " + string.Join("; ", result.Diagnostics.Select(d => d.Id + " " + string.Join(", ", d.Arguments))));
    }

    /// <summary>The model step's whole result: the model when there is one, its diagnostics and its emit settings.</summary>
    public static SpecResult Run(string text, string path = "/specs/api.yaml", SpecOptions? options = null) =>
        SpecPipeline.BuildModel(new SpecInput(path, text, options ?? new SpecOptions("Test", "TestClient", null)), Xunit.TestContext.Current.CancellationToken);
}
