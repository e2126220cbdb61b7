using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Reading;

/// <summary>Where each node of a spec stands in its text, keyed by JSON pointer ("/paths/~1pets/get").</summary>
internal sealed class SourceMap
{
    private readonly Dictionary<string, Entry> _entries = new(System.StringComparer.Ordinal);

    public void Add(string pointer, SourceSpan? key, SourceSpan value) => _entries[pointer] = new Entry(key, value);

    /// <summary>The span of the key naming the node (or the node itself), walking up to the nearest known parent.</summary>
    public SourceSpan LocateKey(string pointer) => Locate(pointer, preferKey: true);

    /// <summary>The span of the node's value, walking up to the nearest known parent.</summary>
    public SourceSpan LocateValue(string pointer) => Locate(pointer, preferKey: false);

    private SourceSpan Locate(string pointer, bool preferKey)
    {
        var current = Normalize(pointer);
        while (true)
        {
            if (_entries.TryGetValue(current, out var entry))
            {
                return preferKey && entry.Key is { } key ? key : entry.Value;
            }

            if (current.Length == 0)
            {
                return SourceSpan.None;
            }

            var slash = current.LastIndexOf('/');
            current = slash <= 0 ? string.Empty : current.Substring(0, slash);
        }
    }

    private static string Normalize(string pointer)
    {
        if (pointer.StartsWith("#", System.StringComparison.Ordinal))
        {
            pointer = pointer.Substring(1);
        }

        return pointer.Length > 1 && pointer.EndsWith("/", System.StringComparison.Ordinal)
            ? pointer.Substring(0, pointer.Length - 1)
            : pointer;
    }

    private readonly record struct Entry(SourceSpan? Key, SourceSpan Value);
}
