using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Input;

/// <summary>
/// Reads type mappings from the project's <c>OpenApiTypeMapping</c> items and an <c>OpenApiSpec</c> item's
/// <c>TypeMappings</c> metadata, and picks the ones that apply to one spec.
/// </summary>
internal static class TypeMappingList
{
    /// <summary>The global property the build's targets fill from the <c>OpenApiTypeMapping</c> items.</summary>
    public const string ProjectProperty = "build_property.CodeGenOpenApiTypeMappings";

    // The build's targets write '|' between entries (';' would start a comment in the compiler's .editorconfig).
    private static readonly char[] EntrySeparators = { '|', ';' };

    /// <summary>
    /// Parses the project's mappings: <c>Schema=Type=SpecPath</c> entries, the spec path empty for a mapping that
    /// applies to every spec. A schema name and a type name never hold <c>=</c>; a path may, so it comes last.
    /// </summary>
    public static EquatableArray<ProjectTypeMapping> ParseProject(string? text)
    {
        var mappings = new List<ProjectTypeMapping>();
        foreach (var entry in Entries(text))
        {
            var parts = entry.Split(new[] { '=' }, 3);
            var schema = parts[0].Trim();
            if (schema.Length > 0)
            {
                mappings.Add(new ProjectTypeMapping(schema, parts.Length > 1 ? parts[1].Trim() : string.Empty, parts.Length > 2 && parts[2].Trim().Length > 0 ? parts[2].Trim() : null));
            }
        }

        return mappings.ToEquatableArray();
    }

    /// <summary>
    /// The mappings that apply to the spec at <paramref name="specPath"/>, one per schema in ordinal order: a mapping
    /// restricted to this spec replaces a shared one, the item's own <c>TypeMappings</c> metadata replaces both, and
    /// within one source a later entry replaces an earlier one.
    /// </summary>
    public static EquatableArray<TypeMapping> ForSpec(string specPath, EquatableArray<ProjectTypeMapping> project, string? itemMetadata)
    {
        var bySchema = new Dictionary<string, TypeMapping>(StringComparer.Ordinal);
        foreach (var mapping in project.Where(m => m.SpecPath is null))
        {
            bySchema[mapping.Schema] = new TypeMapping(mapping.Schema, mapping.TypeName, IsShared: true);
        }

        foreach (var mapping in project.Where(m => m.SpecPath is not null && SamePath(m.SpecPath, specPath)))
        {
            bySchema[mapping.Schema] = new TypeMapping(mapping.Schema, mapping.TypeName, IsShared: false);
        }

        foreach (var entry in Entries(itemMetadata))
        {
            var separator = entry.IndexOf('=');
            var schema = (separator < 0 ? entry : entry.Substring(0, separator)).Trim();
            if (schema.Length > 0)
            {
                bySchema[schema] = new TypeMapping(schema, separator < 0 ? string.Empty : entry.Substring(separator + 1).Trim(), IsShared: false);
            }
        }

        return bySchema.Values.OrderBy(m => m.Schema, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>Whether two full paths name the same file; MSBuild and the compiler may differ in separators and, on Windows, in case.</summary>
    public static bool SamePath(string left, string right) =>
        string.Equals(left.Replace('\\', '/'), right.Replace('\\', '/'), StringComparison.OrdinalIgnoreCase);

    private static IEnumerable<string> Entries(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? Enumerable.Empty<string>()
            : text!.Split(EntrySeparators).Select(entry => entry.Trim()).Where(entry => entry.Length > 0);
}

/// <summary>One <c>OpenApiTypeMapping</c> item as the build hands it over.</summary>
/// <param name="SpecPath">The full path of the one spec it applies to (its <c>Spec</c> metadata), or null for every spec.</param>
internal sealed record ProjectTypeMapping(string Schema, string TypeName, string? SpecPath);
