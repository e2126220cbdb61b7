using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodeGen.Generator.Reading;

/// <summary>Spells JSON Schema's boolean schemas (<c>true</c>, <c>false</c>) as objects, which the OpenAPI reader reads as null instead.</summary>
/// <remarks><c>additionalProperties: false</c> is read correctly and stays; a property whose schema is <c>false</c> made the reader throw.</remarks>
internal static class BooleanSchemas
{
    private static readonly HashSet<string> SchemaMaps = new(StringComparer.Ordinal) { "properties", "patternProperties", "$defs", "definitions", "schemas", "dependentSchemas" };
    private static readonly HashSet<string> SchemaLists = new(StringComparer.Ordinal) { "allOf", "anyOf", "oneOf", "prefixItems" };
    private static readonly string[] SchemaValues = { "items", "not", "contains", "propertyNames", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties" };

    public static void Spell(JsonObject node, NodePath path)
    {
        if (path.HoldsNames && SchemaMaps.Contains(path.Segment))
        {
            foreach (var key in node.Where(pair => IsBoolean(pair.Value)).Select(pair => pair.Key).ToList())
            {
                node[key] = Spelled(node[key]!);
            }
        }

        foreach (var keyword in SchemaValues)
        {
            if (node.TryGetPropertyValue(keyword, out var value) && IsBoolean(value))
            {
                node[keyword] = Spelled(value!);
            }
        }

        foreach (var keyword in SchemaLists)
        {
            if (node.TryGetPropertyValue(keyword, out var value) && value is JsonArray list)
            {
                for (var i = 0; i < list.Count; i++)
                {
                    if (IsBoolean(list[i]))
                    {
                        list[i] = Spelled(list[i]!);
                    }
                }
            }
        }
    }

    private static bool IsBoolean(JsonNode? value) => value?.GetValueKind() is JsonValueKind.True or JsonValueKind.False;

    // true accepts anything (an empty schema); false accepts nothing.
    private static JsonObject Spelled(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.True ? new JsonObject() : new JsonObject { ["not"] = new JsonObject() };
}
