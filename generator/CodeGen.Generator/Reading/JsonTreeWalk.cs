using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;

namespace CodeGen.Generator.Reading;

/// <summary>Walks the objects of a document's JSON tree with an explicit stack, skipping values that are data rather than OpenAPI.</summary>
internal static class JsonTreeWalk
{
    /// <summary>Keys whose values are example or default data, or vendor extensions: their contents are not OpenAPI objects.</summary>
    private static readonly HashSet<string> DataKeys = new(StringComparer.Ordinal) { "example", "default", "enum", "const" };

    public static IEnumerable<(JsonObject Node, NodePath Path)> Objects(JsonNode? root, CancellationToken cancellationToken)
    {
        var pending = new Stack<(JsonNode Node, NodePath Path)>();
        if (root is not null)
        {
            pending.Push((root, NodePath.Root));
        }

        var visited = 0;
        while (pending.Count > 0)
        {
            if ((++visited & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var (node, path) = pending.Pop();
            if (node is JsonObject obj)
            {
                yield return (obj, path);

                // Pushed in reverse so objects come in document order; the list guards against edits by the caller.
                foreach (var property in obj.Reverse().ToList())
                {
                    if (property.Value is JsonObject or JsonArray && !DataKeys.Contains(property.Key) && !property.Key.StartsWith("x-", StringComparison.Ordinal))
                    {
                        pending.Push((property.Value, path.Child(property.Key)));
                    }
                }
            }
            else if (node is JsonArray array)
            {
                for (var index = array.Count - 1; index >= 0; index--)
                {
                    if (array[index] is JsonObject or JsonArray)
                    {
                        pending.Push((array[index]!, path.Child(index.ToString(System.Globalization.CultureInfo.InvariantCulture))));
                    }
                }
            }
        }
    }
}

/// <summary>Where a node stands, as a chain of segments: the JSON pointer is built only when a diagnostic needs it.</summary>
internal sealed class NodePath
{
    public static readonly NodePath Root = new(null, string.Empty);

    private NodePath(NodePath? parent, string segment)
    {
        Parent = parent;
        Segment = segment;
    }

    public NodePath? Parent { get; }

    public string Segment { get; }

    public NodePath Child(string segment) => new(this, segment);

    /// <summary>Whether any segment on the way here is one of <paramref name="segments"/>.</summary>
    public bool Passes(ISet<string> segments)
    {
        for (var current = this; current.Parent is not null; current = current.Parent)
        {
            if (segments.Contains(current.Segment))
            {
                return true;
            }
        }

        return false;
    }

    public string ToPointer()
    {
        var segments = new List<string>();
        for (var current = this; current.Parent is not null; current = current.Parent)
        {
            segments.Add(current.Segment);
        }

        var builder = new StringBuilder();
        for (var i = segments.Count - 1; i >= 0; i--)
        {
            builder.Append('/').Append(segments[i].Replace("~", "~0").Replace("/", "~1"));
        }

        return builder.ToString();
    }
}
