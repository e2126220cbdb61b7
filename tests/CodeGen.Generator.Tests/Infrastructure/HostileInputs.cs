using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>Specs written to crash, exhaust or slow the generator, built in code at any size.</summary>
internal static class HostileInputs
{
    /// <summary>The input classes, each grown by one size parameter.</summary>
    public static readonly string[] Classes =
    {
        "properties", "oneOf", "allOf", "allOf-discriminator", "alias", "arrays", "wrapper", "yaml-nesting", "yaml-aliases", "yaml-alias-tower", "long-keys",
        "shared-inline", "nested-names", "colliding-names", "path-variables", "enum-values", "allOf-redeclared", "allOf-diamond",
    };

    public static Spec Create(string inputClass, int size) => inputClass switch
    {
        "yaml-nesting" => new Spec("/specs/nesting.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-deep: " + new string('[', size) + new string(']', size) + "\n", "Hostile", "HostileClient"),
        "yaml-aliases" => new Spec("/specs/aliases.yaml", AliasBomb(size), "Hostile", "HostileClient"),
        "yaml-alias-tower" => new Spec("/specs/tower.yaml", AliasTower(Math.Max(3, size / 100), 60), "Hostile", "HostileClient"),
        "long-keys" => Json(LongKeys(size)),
        "shared-inline" => SharedInlineComponents(size),
        "nested-names" => NestedInlineNames(60, size / 10),
        "colliding-names" => CollidingNames(size),
        "path-variables" => UndeclaredPathVariables(size),
        "enum-values" => LargeEnum(size),
        "allOf-diamond" => AllOfDiamond(size / 10),
        _ => Chain(inputClass, size),
    };

    /// <summary>A chain of <paramref name="length"/> component schemas, each leading to the next through <paramref name="shape"/>.</summary>
    public static Spec Chain(string shape, int length)
    {
        string Ref(int i) => "{\"$ref\":\"#/components/schemas/S" + i + "\"}";
        string Link(int i) => shape switch
        {
            "properties" => "{\"type\":\"object\",\"properties\":{\"next\":" + Ref(i + 1) + "}}",
            "oneOf" => "{\"oneOf\":[" + Ref(i + 1) + ",{\"type\":\"string\"}]}",
            "allOf" or "allOf-discriminator" => "{\"allOf\":[" + Ref(i + 1) + "],\"properties\":{\"p" + i + "\":{\"type\":\"string\"}}}",
            "allOf-redeclared" => "{\"allOf\":[" + Ref(i + 1) + "],\"properties\":{\"v\":{\"type\":\"string\"}}}",
            "allOf-long-names" => "{\"allOf\":[" + Ref(i + 1) + "],\"properties\":{\"p" + i + new string('x', 1_000) + "\":{\"type\":\"string\"}}}",
            "alias" => Ref(i + 1),
            "arrays" => "{\"type\":\"array\",\"items\":" + Ref(i + 1) + "}",
            "wrapper" => "{\"type\":\"object\",\"properties\":{" + string.Join(",", "abc".Select(c => "\"" + c + "\":{\"allOf\":[" + Ref((i + 1) % length) + ",{\"description\":\"The next link.\"}]}")) + "}}",
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "no such chain"),
        };

        var last = shape == "allOf-discriminator"
            ? "{\"type\":\"object\",\"discriminator\":{\"propertyName\":\"kind\"},\"required\":[\"kind\"],\"properties\":{\"kind\":{\"type\":\"string\"}}}"
            : "{\"type\":\"object\",\"properties\":{\"v\":{\"type\":\"string\"}}}";
        var schemas = string.Join(",", Enumerable.Range(0, length).Select(i => "\"S" + i + "\":" + Link(i)));
        if (shape != "wrapper")
        {
            schemas += ",\"S" + length + "\":" + last;
        }

        return Json(
            "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{\"/x\":{\"get\":{\"operationId\":\"getX\",\"responses\":{\"200\":{\"description\":\"ok\"," +
            "\"content\":{\"application/json\":{\"schema\":" + Ref(0) + "}}}}}}},\"components\":{\"schemas\":{" + schemas + "}}}");
    }

    /// <summary>Anchors that each name the previous one four times under 2,000-character keys: 4^levels nodes once expanded.</summary>
    public static string AliasBomb(int levels)
    {
        var key = new string('k', 2_000);
        var yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-a0: &a0 {v: 1}\n");
        for (var i = 1; i <= levels; i++)
        {
            yaml.Append("x-a").Append(i).Append(": &a").Append(i).Append(" {")
                .Append(string.Join(", ", "abcd".Select(c => key + i + c + ": *a" + (i - 1))))
                .Append("}\n");
        }

        return yaml.ToString();
    }

    /// <summary>Component schemas whose anchors each hold the one before under <paramref name="levels"/> more levels of <c>items</c>: a few kilobytes of text nest thousands of levels deep once the aliases are expanded.</summary>
    public static string AliasTower(int anchors, int levels)
    {
        var yaml = new StringBuilder("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    S0: &s0 {type: string}\n");
        for (var i = 1; i <= anchors; i++)
        {
            yaml.Append("    S").Append(i).Append(": &s").Append(i).Append(' ')
                .Append(string.Concat(Enumerable.Repeat("{type: array, items: ", levels)))
                .Append("*s").Append(i - 1)
                .Append(new string('}', levels))
                .Append('\n');
        }

        return yaml.ToString();
    }

    /// <summary><paramref name="count"/> nodes under one 200,000-character key.</summary>
    public static string LongKeys(int count)
    {
        var items = string.Join(",", Enumerable.Range(0, count).Select(i => "\"k" + i + "\":{\"description\":\"d\"}"));
        return "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},\"x-" + new string('k', 200_000) + "\":{" + items + ",\"bad\":{\"$ref\":\"\"}}}";
    }

    /// <summary>Object schemas nested <paramref name="depth"/> deep inline, each under a property named with <paramref name="nameLength"/> characters.</summary>
    public static Spec NestedInlineNames(int depth, int nameLength)
    {
        var schema = "{\"type\":\"object\",\"properties\":{\"leaf\":{\"type\":\"string\"}}}";
        for (var i = 0; i < depth; i++)
        {
            schema = "{\"type\":\"object\",\"properties\":{\"" + new string('p', nameLength) + i + "\":" + schema + "}}";
        }

        return Json("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{\"A\":" + schema + "}}}");
    }

    /// <summary><paramref name="operations"/> operations sharing a component parameter, request body and response, each with an inline schema.</summary>
    public static Spec SharedInlineComponents(int operations)
    {
        var paths = string.Join(",", Enumerable.Range(0, operations).Select(i =>
            "\"/p" + i + "\":{\"post\":{\"parameters\":[{\"$ref\":\"#/components/parameters/P\"}],\"requestBody\":{\"$ref\":\"#/components/requestBodies/B\"}," +
            "\"responses\":{\"200\":{\"$ref\":\"#/components/responses/R\"}}}}"));
        return Json(
            "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{" + paths + "},\"components\":{" +
            "\"parameters\":{\"P\":{\"name\":\"mode\",\"in\":\"query\",\"schema\":{\"type\":\"string\",\"enum\":[\"fast\",\"slow\"]}}}," +
            "\"requestBodies\":{\"B\":{\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\",\"properties\":{\"input\":{\"type\":\"string\"}}}}}}}," +
            "\"responses\":{\"R\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\",\"properties\":{\"output\":{\"type\":\"string\"}}}}}}}}}");
    }

    /// <summary>One schema with <paramref name="count"/> properties whose names all become <c>X</c> in C#: an <c>x</c> and punctuation spelling its index.</summary>
    public static Spec CollidingNames(int count)
    {
        const string punctuation = "!#$%&*+,;=";
        var properties = string.Join(",", Enumerable.Range(0, count).Select(i =>
            "\"x" + string.Concat(i.ToString(System.Globalization.CultureInfo.InvariantCulture).Select(digit => punctuation[digit - '0'])) + "\":{\"type\":\"string\"}"));
        return Json("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{\"A\":{\"type\":\"object\",\"properties\":{" + properties + "}}}}}");
    }

    /// <summary>
    /// <paramref name="levels"/> levels of two schemas, <c>S{k}</c> and <c>T{k}</c>, each composing both schemas of the level
    /// below with <c>allOf</c> and adding one property: a class at level k holds 2k properties, reached along 2^k routes.
    /// </summary>
    public static Spec AllOfDiamond(int levels)
    {
        string Ref(string name) => "{\"$ref\":\"#/components/schemas/" + name + "\"}";
        var schemas = new List<string>
        {
            "\"S0\":{\"type\":\"object\",\"properties\":{\"s0\":{\"type\":\"string\"}}}",
            "\"T0\":{\"type\":\"object\",\"properties\":{\"t0\":{\"type\":\"integer\"}}}",
        };
        for (var k = 1; k < levels; k++)
        {
            foreach (var (name, first, second) in new[] { ("S", "S", "T"), ("T", "T", "S") })
            {
                schemas.Add("\"" + name + k + "\":{\"allOf\":[" + Ref(first + (k - 1)) + "," + Ref(second + (k - 1)) + ",{\"properties\":{\"" + name.ToLowerInvariant() + k + "\":{\"type\":\"string\"}}}]}");
            }
        }

        var top = "S" + Math.Max(0, levels - 1);
        return Json(
            "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{\"/x\":{\"get\":{\"operationId\":\"getX\",\"responses\":{\"200\":{\"description\":\"ok\"," +
            "\"content\":{\"application/json\":{\"schema\":" + Ref(top) + "}}}}}}},\"components\":{\"schemas\":{" + string.Join(",", schemas) + "}}}");
    }

    /// <summary>One string enum of <paramref name="count"/> values.</summary>
    public static Spec LargeEnum(int count)
    {
        var values = string.Join(",", Enumerable.Range(0, count).Select(i => "\"value-" + i + "\""));
        return Json("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{\"E\":{\"type\":\"string\",\"enum\":[" + values + "]}}}}");
    }

    /// <summary>One operation on a path with <paramref name="count"/> template variables, none declared as a parameter.</summary>
    public static Spec UndeclaredPathVariables(int count)
    {
        var path = "/x" + string.Concat(Enumerable.Range(0, count).Select(i => "{a" + i + "}"));
        return Json("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{\"" + path + "\":{\"get\":{\"operationId\":\"getX\",\"responses\":{\"204\":{\"description\":\"ok\"}}}}}}");
    }

    /// <summary>Values of every JSON type, put in turn in place of each value of a spec.</summary>
    private static readonly string[] Swaps = { "7", "\"s\"", "\"\"", "[]", "{}", "null", "true", "[3]", "{\"k\":1}", "{\"$ref\":\"#/nowhere\"}" };

    /// <summary>Small specs touching most of what the reader reads: Swagger 2.0, OpenAPI 3.0 and 3.1.</summary>
    public static readonly string[] TypeSwapBases =
    {
        "{\"swagger\":\"2.0\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"host\":\"api.example.com\",\"basePath\":\"/v1\",\"schemes\":[\"https\"]," +
        "\"consumes\":[\"application/json\"],\"produces\":[\"application/json\"]," +
        "\"securityDefinitions\":{\"key\":{\"type\":\"apiKey\",\"name\":\"X-Key\",\"in\":\"header\"}},\"security\":[{\"key\":[]}]," +
        "\"paths\":{\"/pets/{id}\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"type\":\"string\"}]," +
        "\"get\":{\"operationId\":\"getPet\",\"parameters\":[{\"name\":\"q\",\"in\":\"query\",\"type\":\"array\",\"items\":{\"type\":\"integer\"},\"collectionFormat\":\"csv\"},{\"$ref\":\"#/parameters/Limit\"}]," +
        "\"responses\":{\"200\":{\"description\":\"ok\",\"schema\":{\"$ref\":\"#/definitions/Pet\"},\"headers\":{\"X-Rate\":{\"type\":\"integer\"}}},\"default\":{\"description\":\"error\"}}}," +
        "\"post\":{\"operationId\":\"postPet\",\"consumes\":[\"application/x-www-form-urlencoded\"],\"parameters\":[{\"name\":\"name\",\"in\":\"formData\",\"type\":\"string\",\"required\":true}]," +
        "\"responses\":{\"204\":{\"description\":\"done\"}}}}}," +
        "\"parameters\":{\"Limit\":{\"name\":\"limit\",\"in\":\"query\",\"type\":\"integer\",\"maximum\":100}}," +
        "\"definitions\":{\"Pet\":{\"type\":\"object\",\"required\":[\"name\"],\"discriminator\":\"kind\",\"properties\":{\"name\":{\"type\":\"string\",\"maxLength\":20},\"kind\":{\"type\":\"string\"}," +
        "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"}},\"extra\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"}}}}," +
        "\"Cat\":{\"allOf\":[{\"$ref\":\"#/definitions/Pet\"},{\"properties\":{\"lives\":{\"type\":\"integer\",\"format\":\"int32\"}}}]}}}",
        OpenApi3("3.0.3"),
        OpenApi3("3.1.0"),
    };

    /// <summary>Every variant of <paramref name="baseSpec"/> with one value replaced by a value of another JSON type.</summary>
    public static IEnumerable<(string Place, string Swap, string Text)> TypeSwaps(string baseSpec)
    {
        var document = JsonNode.Parse(baseSpec)!;
        var places = new List<string[]>();
        var pending = new Stack<(JsonNode Node, string[] Path)>();
        pending.Push((document, Array.Empty<string>()));
        while (pending.Count > 0)
        {
            var (node, path) = pending.Pop();
            var children = node switch
            {
                JsonObject obj => obj.Select(pair => (pair.Key, pair.Value)).ToList(),
                JsonArray array => array.Select((item, index) => (index.ToString(System.Globalization.CultureInfo.InvariantCulture), item)).ToList(),
                _ => new List<(string, JsonNode?)>(),
            };

            foreach (var (segment, child) in children)
            {
                var childPath = path.Append(segment).ToArray();
                places.Add(childPath);
                if (child is not null)
                {
                    pending.Push((child, childPath));
                }
            }
        }

        foreach (var path in places)
        {
            foreach (var swap in Swaps)
            {
                var copy = document.DeepClone();
                var parent = path.Take(path.Length - 1).Aggregate(copy, (node, segment) => node is JsonArray array ? array[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)]! : node[segment]!);
                var last = path[path.Length - 1];
                var before = (parent is JsonArray list ? list[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] : parent[last])?.ToJsonString() ?? "null";
                if (before == swap)
                {
                    continue;
                }

                if (parent is JsonArray items)
                {
                    items[int.Parse(last, System.Globalization.CultureInfo.InvariantCulture)] = JsonNode.Parse(swap);
                }
                else
                {
                    parent[last] = JsonNode.Parse(swap);
                }

                yield return ("/" + string.Join("/", path), swap, copy.ToJsonString());
            }
        }
    }

    private static string OpenApi3(string version) =>
        "{\"openapi\":\"" + version + "\",\"info\":{\"title\":\"t\",\"version\":\"1\"}," +
        "\"servers\":[{\"url\":\"https://{region}.example.com/v1\",\"variables\":{\"region\":{\"default\":\"eu\",\"enum\":[\"eu\",\"us\"]}}}]," +
        "\"security\":[{\"bearer\":[]}]," +
        "\"paths\":{\"/pets/{id}\":{\"parameters\":[{\"name\":\"id\",\"in\":\"path\",\"required\":true,\"schema\":{\"type\":\"string\"}}]," +
        "\"get\":{\"operationId\":\"getPet\",\"parameters\":[{\"name\":\"q\",\"in\":\"query\",\"style\":\"form\",\"explode\":false,\"schema\":{\"type\":\"array\",\"items\":{\"type\":\"integer\"}}},{\"$ref\":\"#/components/parameters/Limit\"}]," +
        "\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Pet\"}}}},\"default\":{\"$ref\":\"#/components/responses/Error\"}}}," +
        "\"put\":{\"operationId\":\"putPet\",\"requestBody\":{\"required\":true,\"content\":{\"application/x-www-form-urlencoded\":{\"schema\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}}}}," +
        "\"responses\":{\"204\":{\"description\":\"done\"}}}}}," +
        "\"components\":{\"parameters\":{\"Limit\":{\"name\":\"limit\",\"in\":\"query\",\"schema\":{\"type\":\"integer\",\"maximum\":100}}}," +
        "\"responses\":{\"Error\":{\"description\":\"error\",\"content\":{\"application/json\":{\"schema\":{\"type\":\"object\",\"properties\":{\"message\":{\"type\":\"string\"}}}}}}}," +
        "\"securitySchemes\":{\"bearer\":{\"type\":\"http\",\"scheme\":\"bearer\"}}," +
        "\"schemas\":{\"Pet\":{\"type\":\"object\",\"required\":[\"name\"],\"discriminator\":{\"propertyName\":\"kind\",\"mapping\":{\"cat\":\"#/components/schemas/Cat\"}}," +
        "\"properties\":{\"name\":{\"type\":\"string\",\"maxLength\":20,\"nullable\":true},\"kind\":{\"type\":\"string\",\"enum\":[\"cat\"]}," +
        "\"tags\":{\"type\":\"array\",\"items\":{\"type\":\"string\"},\"uniqueItems\":true},\"extra\":{\"type\":\"object\",\"additionalProperties\":{\"type\":\"integer\"}}}}," +
        "\"Cat\":{\"allOf\":[{\"$ref\":\"#/components/schemas/Pet\"},{\"type\":\"object\",\"properties\":{\"lives\":{\"type\":\"integer\",\"format\":\"int32\",\"readOnly\":true}}}]}," +
        "\"Shape\":{\"oneOf\":[{\"$ref\":\"#/components/schemas/Cat\"},{\"type\":\"string\"}]}}}}";

    private static Spec Json(string json) => new("/specs/hostile.json", json, "Hostile", "HostileClient");
}
