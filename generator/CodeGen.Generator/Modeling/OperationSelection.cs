using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Input;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Decides which operations a spec's selection metadata keeps, and remembers which entries matched an operation so
/// that a filter matching nothing (a typo, a tag renamed upstream) is reported instead of silently dropping the API.
/// </summary>
/// <remarks>
/// An operation is kept when it passes every filter: it has one of <c>IncludeTags</c> (when set) and none of
/// <c>ExcludeTags</c>, its path matches one of <c>IncludePaths</c> and none of <c>ExcludePaths</c>, its id is one of
/// <c>IncludeOperations</c> and none of <c>ExcludeOperations</c>, its method is one of <c>IncludeMethods</c>. Tags and
/// methods compare without case (people write <c>get</c> and <c>GET</c>); paths and operation ids compare exactly.
/// </remarks>
internal sealed class OperationSelection
{
    private readonly SpecSelection _selection;
    private readonly Dictionary<string, HashSet<string>> _matched = SpecSelection.MetadataNames.ToDictionary(name => name, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
    private int _kept;

    public OperationSelection(SpecSelection selection) => _selection = selection;

    public bool Keeps(string path, System.Net.Http.HttpMethod method, OpenApiOperation operation)
    {
        var tags = TagsOf(operation);
        var id = operation.OperationId ?? string.Empty;
        var includedByTag = Test(nameof(SpecSelection.IncludeTags), entry => tags.Contains(entry, StringComparer.OrdinalIgnoreCase));
        var excludedByTag = Test(nameof(SpecSelection.ExcludeTags), entry => tags.Contains(entry, StringComparer.OrdinalIgnoreCase));
        var includedByPath = Test(nameof(SpecSelection.IncludePaths), entry => PathGlob.Matches(entry, path));
        var excludedByPath = Test(nameof(SpecSelection.ExcludePaths), entry => PathGlob.Matches(entry, path));
        var includedById = Test(nameof(SpecSelection.IncludeOperations), entry => entry == id);
        var excludedById = Test(nameof(SpecSelection.ExcludeOperations), entry => entry == id);
        var includedByMethod = Test(nameof(SpecSelection.IncludeMethods), entry => string.Equals(entry, method.Method, StringComparison.OrdinalIgnoreCase));

        var keeps = (includedByTag ?? true) && excludedByTag != true
            && (includedByPath ?? true) && excludedByPath != true
            && (includedById ?? true) && excludedById != true
            && (includedByMethod ?? true);
        _kept += keeps ? 1 : 0;
        return keeps;
    }

    /// <summary>A warning for each filter with entries that matched no operation, and one if nothing is kept.</summary>
    public IEnumerable<DiagnosticInfo> Diagnostics(string specPath)
    {
        foreach (var name in SpecSelection.MetadataNames)
        {
            var unmatched = _selection[name].Where(entry => !_matched[name].Contains(entry)).ToList();
            if (unmatched.Count > 0)
            {
                yield return DiagnosticInfo.Create(DiagnosticDescriptors.FilterMatchesNothing, specPath, SourceSpan.None, name, string.Join("', '", unmatched));
            }
        }

        if (_kept == 0)
        {
            yield return DiagnosticInfo.Create(DiagnosticDescriptors.NothingSelected, specPath, SourceSpan.None);
        }
    }

    /// <summary>The names of an operation's tags, in the order the spec lists them.</summary>
    public static IReadOnlyList<string> TagsOf(OpenApiOperation operation) =>
        (operation.Tags ?? Enumerable.Empty<OpenApiTagReference>())
            .Select(tag => tag?.Reference?.Id ?? tag?.Name)
            .Where(name => !string.IsNullOrEmpty(name))
            .Select(name => name!)
            .ToList();

    /// <summary>Whether one of the filter's entries matches, recording each that does; <see langword="null"/> when the filter is unset.</summary>
    private bool? Test(string name, Func<string, bool> matches)
    {
        var entries = _selection[name];
        if (entries.IsEmpty)
        {
            return null;
        }

        var any = false;
        foreach (var entry in entries)
        {
            if (matches(entry))
            {
                _matched[name].Add(entry);
                any = true;
            }
        }

        return any;
    }
}
