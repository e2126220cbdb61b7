using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeGen.Generator.Input;

/// <summary>Picks the <c>OpenApiTemplate</c> items (template overrides) out of the additional files.</summary>
internal static class TemplateInputProvider
{
    private const string Extension = ".sbncs";

    public static TemplateFile? Create(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        if (ItemMetadata.Value(fileOptions, "SourceItemType") != "OpenApiTemplate"
            || ItemMetadata.Value(fileOptions, "OpenApiTemplateFolder") is not { } folder)
        {
            return null;
        }

        var fileName = System.IO.Path.GetFileName(file.Path);
        var name = fileName.EndsWith(Extension, System.StringComparison.OrdinalIgnoreCase)
            ? fileName.Substring(0, fileName.Length - Extension.Length)
            : fileName;
        return new TemplateFile(folder, name, file.Path, file.GetText(cancellationToken)?.ToString() ?? string.Empty);
    }
}
