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
        "properties", "oneOf", "allOf", "allOf-discriminator", "alias", "arrays", "wrapper", "yaml-nesting", "yaml-aliases", "yaml-alias-tower", "long-keys",
    };

    public static Spec Create(string inputClass, int size) => inputClass switch
    {
        "yaml-nesting" => new Spec("/specs/nesting.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-deep: " + new string('[', size) + new string(']', size) + "\n", "Hostile", "HostileClient"),
        "yaml-aliases" => new Spec("/specs/aliases.yaml", AliasBomb(size), "Hostile", "HostileClient"),
        "yaml-alias-tower" => new Spec("/specs/tower.yaml", AliasTower(Math.Max(3, size / 100), 60), "Hostile", "HostileClient"),
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

    private static Spec Json(string json) => new("/specs/hostile.json", json, "Hostile", "HostileClient");
}
