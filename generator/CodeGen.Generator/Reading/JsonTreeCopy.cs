using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodeGen.Generator.Reading;

/// <summary>Copies JSON subtrees with an explicit stack.</summary>
/// <remarks>
/// <c>JsonNode.DeepClone</c> recurses once per level, and asks every node for its options, which a node without
/// options of its own looks up through all its parents, recursively: a tall tree overflows the stack, and every
/// copied node costs its depth.
/// </remarks>
internal static class JsonTreeCopy
{
    /// <summary>The options every node built by the read stage carries, so that none looks them up through its parents.</summary>
    public static readonly JsonNodeOptions Options = new();

    public static JsonNode? Clone(JsonNode? source)
    {
        if (source is null)
        {
            return null;
        }

        var root = Shell(source);
        var pending = new Stack<(JsonNode Source, JsonNode Copy)>();
        pending.Push((source, root));
        while (pending.Count > 0)
        {
            var (from, to) = pending.Pop();
            if (from is JsonObject obj)
            {
                var target = (JsonObject)to;
                foreach (var pair in obj)
                {
                    var child = pair.Value is null ? null : Shell(pair.Value);
                    target[pair.Key] = child;
                    Follow(pending, pair.Value, child);
                }
            }
            else if (from is JsonArray array)
            {
                var target = (JsonArray)to;
                foreach (var item in array)
                {
                    var child = item is null ? null : Shell(item);
                    target.Add(child);
                    Follow(pending, item, child);
                }
            }
        }

        return root;
    }

    private static void Follow(Stack<(JsonNode Source, JsonNode Copy)> pending, JsonNode? source, JsonNode? copy)
    {
        if (source is JsonObject or JsonArray)
        {
            pending.Push((source, copy!));
        }
    }

    /// <summary>A copy of a value, or an empty container of the same kind.</summary>
    private static JsonNode Shell(JsonNode node)
    {
        switch (node)
        {
            case JsonObject:
                return new JsonObject(Options);
            case JsonArray:
                return new JsonArray(Options);
        }

        var value = (JsonValue)node;
        switch (value.GetValueKind())
        {
            case JsonValueKind.String when value.TryGetValue<string>(out var text):
                return JsonValue.Create(text, Options);
            case JsonValueKind.True:
                return JsonValue.Create(true, Options);
            case JsonValueKind.False:
                return JsonValue.Create(false, Options);
            case JsonValueKind.Number when value.TryGetValue<JsonElement>(out var number):
                return JsonValue.Create(number, Options)!;
            default:
                return value.DeepClone();
        }
    }
}
