using System.Threading;

namespace CodeGen.Generator.Model;

/// <summary>What the emit stage needs of one spec: its model and how it is written out, without diagnostics.</summary>
/// <remarks>
/// Split from <see cref="SpecResult"/> because diagnostics carry line and column spans: an edit that only moves
/// lines (a comment added at the top of the spec) changes them, yet leaves this equal, so templates are not rendered
/// again. Nothing here may depend on where a node stands in the spec file.
/// </remarks>
internal sealed record EmitInput(string SpecPath, ApiModel? Model, EmitSettings Settings)
{
    public static EmitInput Of(SpecResult result, CancellationToken cancellationToken) =>
        new(result.SpecPath, result.Model, result.Settings ?? EmitSettings.Default);
}
