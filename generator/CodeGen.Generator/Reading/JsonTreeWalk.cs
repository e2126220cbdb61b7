using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;

namespace CodeGen.Generator.Reading;

/// <summary>Walks the objects of a document's JSON tree with an explicit stack, skipping values that are data rather than OpenAPI.</summary>
internal static class JsonTreeWalk
{
    /// <summary>Keywords whose values are example or default data: their contents are not OpenAPI objects.</summary>
    private static readonly HashSet<string> DataKeys = new(StringComparer.Ordinal) { "example", "default", "enum", "const" };

    /// <summary>Keywords whose values are maps from names chosen by the spec's author (a property may well be called <c>default</c> or <c>minLength</c>).</summary>
    private static readonly HashSet<string> NameMaps = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "$defs", "definitions", "schemas", "parameters", "responses", "headers", "examples", "requestBodies",
        "securitySchemes", "securityDefinitions", "links", "callbacks", "pathItems", "paths", "webhooks", "content", "encoding", "mapping", "variables",
        "dependentSchemas", "scopes",
    };

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

                // Pushed in reverse so objects come in document order; the caller's edits are done by the time this runs.
                for (var index = obj.Count - 1; index >= 0; index--)
                {
                    var property = obj.GetAt(index);
                    if (property.Value is JsonObject or JsonArray && !IsData(path, property.Key))
                    {
                        pending.Push((property.Value, path.Child(property.Key, holdsNames: !path.HoldsNames && NameMaps.Contains(property.Key))));
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

    /// <summary>Whether the value under <paramref name="key"/> of the object at <paramref name="path"/> is data or a vendor extension rather than OpenAPI.</summary>
    private static bool IsData(NodePath path, string key)
    {
        if (!path.HoldsNames)
        {
            // An example object's value is example data too.
            return DataKeys.Contains(key) || key.StartsWith("x-", StringComparison.Ordinal) ||
                (key == "value" && path.Parent is { HoldsNames: true, Segment: "examples" });
        }

        // Of the maps of names, only paths and an operation's responses take extensions beside their names.
        return key.StartsWith("x-", StringComparison.Ordinal) &&
            (path.Segment == "paths" || (path.Segment == "responses" && path.Parent?.Segment != "components"));
    }
}

/// <summary>Where a node stands, as a chain of segments: the JSON pointer is built only when a diagnostic needs it.</summary>
internal sealed class NodePath
{
    public static readonly NodePath Root = new(null, string.Empty, holdsNames: false);

    private NodePath(NodePath? parent, string segment, bool holdsNames)
    {
        Parent = parent;
        Segment = segment;
        HoldsNames = holdsNames;
    }

    public NodePath? Parent { get; }

    public string Segment { get; }

    /// <summary>Whether the node is a map whose keys are names chosen by the spec's author rather than OpenAPI keywords.</summary>
    public bool HoldsNames { get; }

    public NodePath Child(string segment, bool holdsNames = false) => new(this, segment, holdsNames);

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
