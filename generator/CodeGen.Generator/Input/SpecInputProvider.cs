using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeGen.Generator.Input;

/// <summary>Picks the <c>OpenApiSpec</c> items out of the additional files and reads their options.</summary>
internal static class SpecInputProvider
{
    private const string Metadata = "build_metadata.AdditionalFiles.";

    public static SpecInput? Create(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        if (!fileOptions.TryGetValue(Metadata + "SourceItemType", out var itemType) || itemType != "OpenApiSpec")
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString();
        options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        return new SpecInput(
            file.Path,
            text ?? string.Empty,
            new SpecOptions(
                Value(fileOptions, "Namespace"),
                Value(fileOptions, "ClassName"),
                Blank(rootNamespace),
                SpecSelection.From(name => Value(fileOptions, name)),
                Value(fileOptions, "Clients")));
    }

    private static string? Value(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue(Metadata + name, out var value) ? Blank(value) : null;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
