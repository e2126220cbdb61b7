using System;
using System.Linq;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Input;

/// <summary>The operation filters of an <c>OpenApiSpec</c> item, each the <c>;</c>-separated entries of one metadata value.</summary>
/// <remarks>Equatable arrays only: editing one filter changes this spec's input and no other's.</remarks>
internal sealed record SpecSelection(
    EquatableArray<string> IncludeTags,
    EquatableArray<string> ExcludeTags,
    EquatableArray<string> IncludePaths,
    EquatableArray<string> ExcludePaths,
    EquatableArray<string> IncludeOperations,
    EquatableArray<string> ExcludeOperations,
    EquatableArray<string> IncludeMethods)
{
    private static readonly char[] Separators = { ';', '|' };

    /// <summary>The metadata names, in the order diagnostics report them.</summary>
    public static readonly string[] MetadataNames =
    {
        nameof(IncludeTags), nameof(ExcludeTags), nameof(IncludePaths), nameof(ExcludePaths),
        nameof(IncludeOperations), nameof(ExcludeOperations), nameof(IncludeMethods),
    };

    /// <summary>Builds a selection from each metadata value by name, or <see langword="null"/> when none has an entry.</summary>
    public static SpecSelection? From(Func<string, string?> metadata)
    {
        var lists = MetadataNames.Select(name => Split(metadata(name))).ToArray();
        return lists.All(list => list.IsEmpty)
            ? null
            : new SpecSelection(lists[0], lists[1], lists[2], lists[3], lists[4], lists[5], lists[6]);
    }

    /// <summary>The entries of the filter called <paramref name="name"/>, one of <see cref="MetadataNames"/>.</summary>
    public EquatableArray<string> this[string name] => name switch
    {
        nameof(IncludeTags) => IncludeTags,
        nameof(ExcludeTags) => ExcludeTags,
        nameof(IncludePaths) => IncludePaths,
        nameof(ExcludePaths) => ExcludePaths,
        nameof(IncludeOperations) => IncludeOperations,
        nameof(ExcludeOperations) => ExcludeOperations,
        nameof(IncludeMethods) => IncludeMethods,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Not a selection metadata name."),
    };

    // The build's targets turn ';' into '|' (see CodeGen.Generator.targets); both separate entries. Entries keep
    // their order (a diagnostic lists them as written); blanks from a trailing separator are dropped.
    private static EquatableArray<string> Split(string? value) =>
        string.IsNullOrWhiteSpace(value)
            ? EquatableArray<string>.Empty
            : value!.Split(Separators).Select(entry => entry.Trim()).Where(entry => entry.Length > 0).Distinct(StringComparer.Ordinal).ToEquatableArray();
}
