using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CodeGen.Generator.Reading;

/// <summary>Values of the wrong JSON type where the OpenAPI reader, or the stages after it, would throw on them.</summary>
/// <remarks>
/// The reader casts what it expects without checking: <c>properties: {a: 1}</c> leaves a null schema that fails
/// later, <c>required: yes</c> on a parameter goes to <c>bool.Parse</c>, a mapping to an empty name throws. Each
/// such value is removed here with a located warning, and the rest of the spec still generates.
/// </remarks>
internal static class ValueShapes
{
    /// <summary>Maps of names whose entries are OpenAPI objects (schemas, parameters, media types, server variables...).</summary>
    private static readonly HashSet<string> ObjectMaps = new(StringComparer.Ordinal)
    {
        "properties", "patternProperties", "$defs", "definitions", "schemas", "parameters", "responses", "headers", "requestBodies",
        "securitySchemes", "securityDefinitions", "links", "callbacks", "pathItems", "paths", "webhooks", "content", "encoding", "variables",
        "dependentSchemas",
    };

    /// <summary>Keywords the reader reads with <c>bool.Parse</c>: any text but <c>true</c> or <c>false</c> throws.</summary>
    private static readonly string[] Flags =
    {
        "required", "explode", "allowReserved", "deprecated", "nullable", "readOnly", "writeOnly", "uniqueItems", "allowEmptyValue", "additionalProperties",
    };

    public static void Check(JsonObject node, NodePath path, bool isSwagger, Action<string, string, string> report)
    {
        if (path.HoldsNames)
        {
            CheckEntries(node, path, report);
            return;
        }

        if (node.TryGetPropertyValue("$ref", out var reference) && !(reference is JsonValue text && text.GetValueKind() == JsonValueKind.String))
        {
            Drop(node, path, "$ref", "not the text of a reference", report);
        }

        // The Swagger 2.0 reader builds a form body from the types of the form parameters, and fails on one without.
        if (isSwagger && node["in"] is JsonValue place && place.TryGetValue<string>(out var location) && location == "formData" && !IsTypeName(node["type"]))
        {
            var shown = node.ContainsKey("type") ? Shown(node["type"]) : "absent";
            report(path.Child("type").ToPointer(), "type", shown + ", which is not the name of a type such as string (the form field is read as text)");
            node["type"] = "string";
        }

        // A list of type names is OpenAPI 3.1's, and read without harm elsewhere.
        if (node.TryGetPropertyValue("type", out var type) && !IsTypeName(type) && !(type is JsonArray names && names.All(IsTypeName)))
        {
            Drop(node, path, "type", "not the name of a type such as string", report);
        }

        // Swagger 2.0's schemes become server addresses, and System.Uri throws on a scheme it cannot parse.
        if (node.TryGetPropertyValue("schemes", out var schemes) && schemes is JsonArray list)
        {
            for (var index = list.Count - 1; index >= 0; index--)
            {
                if (!(list[index] is JsonValue scheme && scheme.TryGetValue<string>(out var name) && Uri.CheckSchemeName(name)))
                {
                    report(path.Child("schemes").Child(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToPointer(), "schemes[" + index + "]", Shown(list[index]) + ", which is not a URI scheme such as https");
                    list.RemoveAt(index);
                }
            }
        }

        foreach (var flag in Flags)
        {
            // required is a list in a schema, additionalProperties a schema: only values no reading accepts are dropped.
            if (node.TryGetPropertyValue(flag, out var value) && value is JsonValue scalar && !IsFlag(scalar))
            {
                Drop(node, path, flag, "not true or false", report);
            }
        }
    }

    /// <summary>How a value is shown in a message: a container is described, not written out, for it may hold a million nodes.</summary>
    public static string Shown(JsonNode? value)
    {
        var shown = value switch
        {
            null => "null",
            JsonObject => "an object",
            JsonArray => "an array",
            _ => value.ToJsonString(),
        };

        return shown.Length > 40 ? shown.Substring(0, 40) + "…" : shown;
    }

    private static void CheckEntries(JsonObject node, NodePath path, Action<string, string, string> report)
    {
        if (path.Segment == "mapping")
        {
            foreach (var name in node.Where(pair => !(pair.Value is JsonValue target && target.TryGetValue<string>(out var text) && text.Length > 0)).Select(pair => pair.Key).ToList())
            {
                Drop(node, path, name, "not the name or reference of a schema", report);
            }

            return;
        }

        // A link's parameters map names to expressions or values, not to parameter objects.
        if (!ObjectMaps.Contains(path.Segment) || (path.Segment == "parameters" && path.Parent?.Parent is { HoldsNames: true, Segment: "links" }))
        {
            return;
        }

        // paths and an operation's responses take vendor extensions, of any value, beside their entries.
        var extensible = path.Segment == "paths" || (path.Segment == "responses" && path.Parent?.Segment != "components");
        foreach (var name in node.Where(pair => pair.Value is not JsonObject && !(extensible && pair.Key.StartsWith("x-", StringComparison.Ordinal))).Select(pair => pair.Key).ToList())
        {
            Drop(node, path, name, "not an object", report);
        }
    }

    private static bool IsTypeName(JsonNode? value) => value is JsonValue name && name.GetValueKind() == JsonValueKind.String;

    private static bool IsFlag(JsonValue value) => value.GetValueKind() switch
    {
        JsonValueKind.True or JsonValueKind.False => true,
        JsonValueKind.String => bool.TryParse(value.GetValue<string>(), out _),
        _ => false,
    };

    private static void Drop(JsonObject node, NodePath path, string key, string expected, Action<string, string, string> report)
    {
        report(path.Child(key).ToPointer(), key, Shown(node[key]) + ", which is " + expected);
        node.Remove(key);
    }
}
