using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Input;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Problems of the project's <c>OpenApiTypeMapping</c> items that no one spec can judge: a shared mapping is unused
/// only when no spec has its schema, and a <c>Spec</c> restriction is wrong only when it names no spec at all.
/// </summary>
/// <remarks>The items are not in a file, so these diagnostics have no location; their messages name the mapping.</remarks>
internal static class TypeMappingReport
{
    public static EquatableArray<DiagnosticInfo> Find((ImmutableArray<MappedSchemaCoverage> Results, EquatableArray<ProjectTypeMapping> Mappings) input, CancellationToken cancellationToken)
    {
        var (results, mappings) = input;
        if (mappings.IsEmpty)
        {
            return EquatableArray<DiagnosticInfo>.Empty;
        }

        var modelled = results.Where(r => r.IsModelled).ToList();
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var mapping in mappings.Distinct())
        {
            if (mapping.SpecPath is { } specPath)
            {
                if (!results.Any(r => TypeMappingList.SamePath(r.SpecPath, specPath)))
                {
                    diagnostics.Add(Unused(mapping, "its Spec metadata names no OpenApiSpec item ('" + specPath + "')"));
                }
            }
            else if (MappedTypes.Qualify(mapping.TypeName) is null)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMappedType, string.Empty, SourceSpan.None, mapping.Schema, mapping.TypeName));
            }
            else if (modelled.Count > 0 && modelled.All(r => r.MissingMappedSchemas.Contains(mapping.Schema)))
            {
                diagnostics.Add(Unused(mapping, "no OpenApiSpec item has a schema '" + mapping.Schema + "' under components/schemas"));
            }
        }

        return diagnostics.ToEquatableArray();
    }

    private static DiagnosticInfo Unused(ProjectTypeMapping mapping, string reason) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.TypeMappingUnused, string.Empty, SourceSpan.None, mapping.Schema, mapping.TypeName, reason);
}

/// <summary>What the project-wide mapping report needs of one spec: whether it was modelled, and the shared mappings' schemas it lacks.</summary>
/// <remarks>Taken from <see cref="SpecResult"/> without its diagnostics, so an edit that only moves lines does not run the report again.</remarks>
internal sealed record MappedSchemaCoverage(string SpecPath, bool IsModelled, EquatableArray<string> MissingMappedSchemas)
{
    public static MappedSchemaCoverage Of(SpecResult result, CancellationToken cancellationToken) =>
        new(result.SpecPath, result.Model is not null, result.MissingMappedSchemas);
}
