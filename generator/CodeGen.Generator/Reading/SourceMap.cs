using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Reading;

/// <summary>Where each node of a YAML spec stands in its text, found by JSON pointer ("/paths/~1pets/get"); the converter records every node as it goes.</summary>
/// <remarks>
/// Nodes are stored as a tree (parent and one segment each) rather than under full pointers: a pointer per node
/// costs the depth times the key length, which long keys at depth turn into gigabytes.
/// </remarks>
internal sealed class SourceMap
{
    /// <summary>The parent of the document's root node.</summary>
    public const int NoParent = -1;

    private readonly Dictionary<(int Parent, string Segment), int> _children = new();
    private readonly List<Entry> _entries = new();

    /// <summary>Records a node and returns its id, which its children name as their parent.</summary>
    public int Add(int parent, string segment, SourceSpan? key, SourceSpan value)
    {
        var id = _entries.Count;
        _entries.Add(new Entry(key, value));
        _children[(parent, segment)] = id;
        return id;
    }

    /// <summary>Sets the value span of a container once its end is known.</summary>
    public void SetValue(int id, SourceSpan value) => _entries[id] = _entries[id] with { Value = value };

    /// <summary>Whether the document has a node at <paramref name="pointer"/>.</summary>
    public bool Contains(string pointer)
    {
        if (!_children.TryGetValue((NoParent, string.Empty), out var current))
        {
            return false;
        }

        foreach (var segment in SpecPointer.Segments(pointer))
        {
            if (!_children.TryGetValue((current, segment), out current))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The span of the key naming the node (or the node itself), walking up to the nearest known parent.</summary>
    public SourceSpan LocateKey(string pointer) => Locate(pointer, preferKey: true);

    /// <summary>The span of the node's value, walking up to the nearest known parent.</summary>
    public SourceSpan LocateValue(string pointer) => Locate(pointer, preferKey: false);

    private SourceSpan Locate(string pointer, bool preferKey)
    {
        if (!_children.TryGetValue((NoParent, string.Empty), out var current))
        {
            return SourceSpan.None;
        }

        foreach (var segment in SpecPointer.Segments(pointer))
        {
            if (!_children.TryGetValue((current, segment), out var child))
            {
                break;
            }

            current = child;
        }

        var entry = _entries[current];
        return preferKey && entry.Key is { } key ? key : entry.Value;
    }

    private readonly record struct Entry(SourceSpan? Key, SourceSpan Value);
}
