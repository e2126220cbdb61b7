using System;
using System.Linq;
using System.Text;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>Specs written to crash, exhaust or slow the generator, built in code at any size.</summary>
internal static class HostileInputs
{
    /// <summary>The input classes, each grown by one size parameter.</summary>
    public static readonly string[] Classes =
    {
        "properties", "oneOf", "allOf", "allOf-discriminator", "alias", "arrays", "wrapper", "yaml-nesting", "yaml-aliases", "long-keys",
    };

    public static Spec Create(string inputClass, int size) => inputClass switch
    {
        "yaml-nesting" => new Spec("/specs/nesting.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-deep: " + new string('[', size) + new string(']', size) + "\n", "Hostile", "HostileClient"),
        "yaml-aliases" => new Spec("/specs/aliases.yaml", AliasBomb(size), "Hostile", "HostileClient"),
        "long-keys" => Json(LongKeys(size)),
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
            "allOf-long-names" => "{\"allOf\":[" + Ref(i + 1) + "],\"properties\":{\"p" + i + new string('x', 200) + "\":{\"type\":\"string\"}}}",
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

    /// <summary>One operation on a path with <paramref name="count"/> template variables, none declared as a parameter.</summary>
    public static Spec UndeclaredPathVariables(int count)
    {
        var path = "/x" + string.Concat(Enumerable.Range(0, count).Select(i => "{a" + i + "}"));
        return Json("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{\"" + path + "\":{\"get\":{\"operationId\":\"getX\",\"responses\":{\"204\":{\"description\":\"ok\"}}}}}}");
    }

    private static Spec Json(string json) => new("/specs/hostile.json", json, "Hostile", "HostileClient");
}
