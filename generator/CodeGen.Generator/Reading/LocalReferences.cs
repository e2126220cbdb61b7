using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json.Nodes;

namespace CodeGen.Generator.Reading;

/// <summary>Checks every <c>$ref</c> of a document before the OpenAPI reader follows them.</summary>
/// <remarks>
/// The reader follows a chain of references to references again at every use (quadratic in its length, and
/// recursive), and throws on a cycle. Each local reference is pointed straight at the end of its chain
/// here, once; a cycle or an empty reference is reported and removed, leaving an empty object. A schema
/// referred to outside the components (<c>#/components/schemas/A/properties/id</c>) is copied there once.
/// </remarks>
internal sealed class LocalReferences(JsonNode root)
{
    /// <summary>Segments under which a reference stands for a schema: those the model stage reports itself, with the type it falls back to.</summary>
    private static readonly HashSet<string> SchemaSegments = new(StringComparer.Ordinal)
    {
        "schema", "schemas", "definitions", "$defs", "items", "properties", "additionalProperties", "patternProperties", "allOf", "anyOf", "oneOf", "not", "prefixItems",
    };

    private readonly Dictionary<string, string?> _ends = new(StringComparer.Ordinal);

    private readonly Dictionary<string, string> _hoisted = new(StringComparer.Ordinal);

    // Copies are bounded in all: nested schemas referred to one by one would each copy their contents again.
    private int _copied;

    /// <summary>Whether the reader reads the document as Swagger 2.0 (it does so for <c>openapi: '2.0'</c> too).</summary>
    private bool IsSwagger => root is JsonObject document &&
        (document.ContainsKey("swagger") || (document["openapi"] is JsonValue version && version.TryGetValue<string>(out var text) && text.StartsWith("2", StringComparison.Ordinal)));

    private bool IsOpenApi31 => root is JsonObject document && document["openapi"] is JsonValue version && version.TryGetValue<string>(out var text) && text.StartsWith("3.1", StringComparison.Ordinal);

    public enum Problem
    {
        Empty,
        Cycle,
        External,

        /// <summary>A local reference ending in <c>/</c>: the reader takes the empty last segment for the name and throws.</summary>
        Unnamed,

        /// <summary>A local reference to the whole document or one of its sections (<c>#</c>, <c>#/paths</c>), which the reader takes for a component without a name, and throws.</summary>
        Section,

        /// <summary>A local reference to nothing outside the components in OpenAPI 3.1, which the reader then looks for inside the schema holding it, and throws.</summary>
        Dangling,
    }

    /// <summary>Rewrites <paramref name="node"/>'s reference to the end of its chain, or removes it and says why.</summary>
    public Problem? Check(JsonObject node, NodePath path)
    {
        if (!node.TryGetPropertyValue("$ref", out var value) || value is not JsonValue text || !text.TryGetValue<string>(out var reference))
        {
            return null;
        }

        if (reference.Length == 0)
        {
            node.Remove("$ref");
            return Problem.Empty;
        }

        if (!reference.StartsWith("#", StringComparison.Ordinal))
        {
            // The Swagger 2.0 reader splits an external reference at '/' and throws when there is none ('pet.yaml').
            if (reference.IndexOf('/') < 0 && IsSwagger)
            {
                node["$ref"] = "./" + reference;
            }

            return path.Passes(SchemaSegments) ? null : Problem.External;
        }

        if (reference.EndsWith("/", StringComparison.Ordinal))
        {
            node.Remove("$ref");
            return Problem.Unnamed;
        }

        var end = EndOf(reference);
        if (end is null)
        {
            node.Remove("$ref");
            return Problem.Cycle;
        }

        if (!IsComponent(end) && NameStem(end).Length == 0)
        {
            node.Remove("$ref");
            return Problem.Section;
        }

        if (IsOpenApi31 && !end.StartsWith("#/components/", StringComparison.Ordinal) && Find(end) is null)
        {
            node.Remove("$ref");
            return Problem.Dangling;
        }

        // The reader resolves only references to components: a schema referred to elsewhere becomes one, once.
        if (!IsComponent(end) && path.Passes(SchemaSegments) && Hoist(end) is { } component)
        {
            end = component;
        }

        if (!string.Equals(end, reference, StringComparison.Ordinal))
        {
            node["$ref"] = end;
        }

        return null;
    }

    /// <summary>Whether a reference names a whole component (<c>#/components/schemas/Pet</c>, or <c>#/definitions/Pet</c> in Swagger 2.0).</summary>
    private static bool IsComponent(string reference)
    {
        var segments = reference.Split('/');
        return (segments.Length == 4 && segments[1] == "components") ||
            (segments.Length == 3 && segments[1] is "definitions" or "parameters" or "responses" or "securityDefinitions");
    }

    /// <summary>The name a schema copied from <paramref name="reference"/> is given: its segments but the section names.</summary>
    private static string NameStem(string reference) =>
        string.Join("_", Array.FindAll(reference.Substring(1).Split('/'), segment => segment.Length > 0 && segment is not ("components" or "schemas" or "definitions" or "paths")));

    /// <summary>Copies the schema at <paramref name="reference"/> into the document's schemas under a new name, and returns the reference to it.</summary>
    private string? Hoist(string reference)
    {
        if (_hoisted.TryGetValue(reference, out var known))
        {
            return known;
        }

        if (root is not JsonObject document || Find(reference) is not JsonObject target || Size(target) is not { } size || _copied + size > ReadLimits.MaxCopiedNodes)
        {
            return null;
        }

        _copied += size;
        var swagger = IsSwagger;
        var schemas = swagger ? Child(document, "definitions") : Child(Child(document, "components"), "schemas");
        var stem = NameStem(reference);
        var name = stem;
        for (var suffix = 2; schemas.ContainsKey(name); suffix++)
        {
            name = stem + "_" + suffix.ToString(CultureInfo.InvariantCulture);
        }

        schemas[name] = JsonTreeCopy.Clone(target);
        return _hoisted[reference] = (swagger ? "#/definitions/" : "#/components/schemas/") + name.Replace("~", "~0").Replace("/", "~1");
    }

    private static JsonObject Child(JsonObject parent, string key)
    {
        if (parent[key] is JsonObject existing)
        {
            return existing;
        }

        var created = new JsonObject();
        parent[key] = created;
        return created;
    }

    /// <summary>The nodes of a subtree, or null past the copy budget.</summary>
    private int? Size(JsonNode target)
    {
        var pending = new Stack<JsonNode>();
        pending.Push(target);
        var count = 0;
        while (pending.Count > 0)
        {
            if (++count + _copied > ReadLimits.MaxCopiedNodes)
            {
                return null;
            }

            switch (pending.Pop())
            {
                case JsonObject obj:
                    foreach (var pair in obj)
                    {
                        if (pair.Value is not null)
                        {
                            pending.Push(pair.Value);
                        }
                    }

                    break;
                case JsonArray array:
                    foreach (var item in array)
                    {
                        if (item is not null)
                        {
                            pending.Push(item);
                        }
                    }

                    break;
            }
        }

        return count;
    }

    /// <summary>The last reference of the chain starting at <paramref name="reference"/>, or null when the chain comes back on itself.</summary>
    private string? EndOf(string reference)
    {
        var chain = new List<string>();
        var onChain = new HashSet<string>(StringComparer.Ordinal);
        string? end;
        var current = reference;
        while (true)
        {
            if (_ends.TryGetValue(current, out end))
            {
                break;
            }

            if (!onChain.Add(current))
            {
                end = null;
                break;
            }

            chain.Add(current);
            if (Find(current) is JsonObject target && target.TryGetPropertyValue("$ref", out var next) && next is JsonValue nextText &&
                nextText.TryGetValue<string>(out var nextReference) && nextReference.StartsWith("#", StringComparison.Ordinal))
            {
                current = nextReference;
                continue;
            }

            end = current;
            break;
        }

        foreach (var link in chain)
        {
            _ends[link] = end;
        }

        return end;
    }

    private JsonNode? Find(string reference)
    {
        JsonNode? current = root;
        foreach (var raw in reference.Substring(1).Split('/'))
        {
            if (raw.Length == 0)
            {
                continue;
            }

            var segment = Uri.UnescapeDataString(raw).Replace("~1", "/").Replace("~0", "~");
            current = current switch
            {
                JsonObject obj => obj.TryGetPropertyValue(segment, out var child) ? child : null,
                JsonArray array => int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index) && index < array.Count ? array[index] : null,
                _ => null,
            };

            if (current is null)
            {
                return null;
            }
        }

        return current;
    }
}
