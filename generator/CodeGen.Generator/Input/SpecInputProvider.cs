using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace CodeGen.Generator.Input;

/// <summary>Picks the <c>OpenApiSpec</c> items out of the additional files and reads their options.</summary>
internal static class SpecInputProvider
{
    public static SpecInput? Create(AdditionalText file, AnalyzerConfigOptionsProvider options, CancellationToken cancellationToken)
    {
        var fileOptions = options.GetOptions(file);
        if (ItemMetadata.Value(fileOptions, "SourceItemType") != "OpenApiSpec")
        {
            return null;
        }

        var text = file.GetText(cancellationToken)?.ToString();
        options.GlobalOptions.TryGetValue("build_property.RootNamespace", out var rootNamespace);
        options.GlobalOptions.TryGetValue(TypeMappingList.ProjectProperty, out var projectMappings);
        return new SpecInput(
            file.Path,
            text ?? string.Empty,
            new SpecOptions(
                ItemMetadata.Value(fileOptions, "Namespace"),
                ItemMetadata.Value(fileOptions, "ClassName"),
                ItemMetadata.Blank(rootNamespace),
                SpecSelection.From(name => ItemMetadata.Value(fileOptions, name)),
                ItemMetadata.Value(fileOptions, "Clients"),
                ItemMetadata.Value(fileOptions, "OpenApiTemplateFolder"),
                ItemMetadata.Value(fileOptions, "Accessibility"),
                ItemMetadata.Value(fileOptions, "TemplateVariables"),
                TypeMappingList.ForSpec(file.Path, TypeMappingList.ParseProject(projectMappings), ItemMetadata.Value(fileOptions, "TypeMappings")),
                ItemMetadata.Value(fileOptions, "KeepUnusedSchemas")));
    }
}
