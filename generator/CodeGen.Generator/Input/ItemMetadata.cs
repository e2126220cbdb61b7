using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeGen.Generator.Input;

/// <summary>Reads an additional file's MSBuild item metadata as the generated .editorconfig hands it over.</summary>
internal static class ItemMetadata
{
    private const string Prefix = "build_metadata.AdditionalFiles.";

    /// <summary>The trimmed value, or null when the metadata is missing or blank (MSBuild writes unset metadata as empty).</summary>
    public static string? Value(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Prefix + name, out var value) ? Blank(value) : null;

    public static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
