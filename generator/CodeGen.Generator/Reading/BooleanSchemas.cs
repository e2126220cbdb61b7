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
    private static readonly HashSet<string> SchemaValues = new(StringComparer.Ordinal) { "items", "not", "contains", "propertyNames", "if", "then", "else", "unevaluatedItems", "unevaluatedProperties" };

    /// <remarks>One pass over the node's members: it runs for every object of the spec, and looking each keyword up would cost a search per keyword.</remarks>
    public static void Spell(JsonObject node, NodePath path)
    {
        var holdsSchemas = path.HoldsNames && SchemaMaps.Contains(path.Segment);
        List<string>? booleanSchemas = null;
        for (var index = 0; index < node.Count; index++)
        {
            var pair = node.GetAt(index);
            if (IsBoolean(pair.Value))
            {
                if (holdsSchemas || SchemaValues.Contains(pair.Key))
                {
                    (booleanSchemas ??= new List<string>()).Add(pair.Key);
                }
            }
            else if (pair.Value is JsonArray list && SchemaLists.Contains(pair.Key))
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

        // Replaced after the pass: a node's members cannot change while they are enumerated.
        foreach (var key in booleanSchemas ?? Enumerable.Empty<string>())
        {
            node[key] = Spelled(node[key]!);
        }
    }

    private static bool IsBoolean(JsonNode? value) => value is JsonValue && value.GetValueKind() is JsonValueKind.True or JsonValueKind.False;

    // true accepts anything (an empty schema); false accepts nothing.
    private static JsonObject Spelled(JsonNode value) =>
        value.GetValueKind() == JsonValueKind.True ? new JsonObject() : new JsonObject { ["not"] = new JsonObject() };
}
