using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace CodeGen.Generator.Reading;

/// <summary>Turns YAML text into a JSON tree for the OpenAPI reader, recording where every node stands.</summary>
/// <remarks>Plain scalars are typed by the YAML 1.2 core schema; quoted and tagged-string scalars stay strings.</remarks>
internal static class YamlDocumentConverter
{
    private const int MaxDepth = 256;

    // Aliases are expanded; a few nested ones can stand for billions of nodes ("billion laughs").
    private const int MaxNodes = 1_000_000;

    private static readonly Regex JsonNumber = new(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    public static JsonNode? Convert(string text, SourceMap map, CancellationToken cancellationToken)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        if (stream.Documents.Count == 0)
        {
            return null;
        }

        var budget = new NodeBudget();
        return ConvertNode(stream.Documents[0].RootNode, string.Empty, null, map, 0, budget, cancellationToken);
    }

    private static JsonNode? ConvertNode(YamlNode node, string pointer, SourceSpan? keySpan, SourceMap map, int depth, NodeBudget budget, CancellationToken cancellationToken)
    {
        if (depth > MaxDepth)
        {
            throw new YamlException(node.Start, node.End, "The document nests deeper than " + MaxDepth + " levels (a recursive alias?)");
        }

        if (++budget.Used > MaxNodes)
        {
            throw new YamlException(node.Start, node.End, "The document expands to more than " + MaxNodes + " nodes (aliases repeated inside aliases?)");
        }

        if ((budget.Used & 0x3FF) == 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
        }

        map.Add(pointer, keySpan, SpanOf(node));
        switch (node)
        {
            case YamlMappingNode mapping:
                var obj = new JsonObject();
                foreach (var entry in mapping.Children)
                {
                    var key = entry.Key is YamlScalarNode scalarKey ? scalarKey.Value ?? string.Empty : entry.Key.ToString();
                    var childPointer = SpecPointer.Append(pointer, key);
                    var child = ConvertNode(entry.Value, childPointer, SpanOf(entry.Key), map, depth + 1, budget, cancellationToken);

                    // A repeated key keeps its last value, as JSON parsers do.
                    obj[key] = child;
                }

                return obj;
            case YamlSequenceNode sequence:
                var array = new JsonArray();
                var index = 0;
                foreach (var item in sequence.Children)
                {
                    array.Add(ConvertNode(item, SpecPointer.Append(pointer, index++), null, map, depth + 1, budget, cancellationToken));
                }

                return array;
            case YamlScalarNode scalar:
                return ConvertScalar(scalar);
            default:
                return null;
        }
    }

    private sealed class NodeBudget
    {
        public int Used;
    }

    private static JsonNode? ConvertScalar(YamlScalarNode scalar)
    {
        var value = scalar.Value ?? string.Empty;
        var tag = scalar.Tag.IsEmpty ? null : scalar.Tag.Value;
        if (tag is "tag:yaml.org,2002:str" || scalar.Style is ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted or ScalarStyle.Literal or ScalarStyle.Folded)
        {
            return JsonValue.Create(value);
        }

        switch (value)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return null;
            case "true" or "True" or "TRUE":
                return JsonValue.Create(true);
            case "false" or "False" or "FALSE":
                return JsonValue.Create(false);
        }

        if (JsonNumber.IsMatch(value))
        {
            return JsonNode.Parse(value);
        }

        if (value.Length > 1 && value[0] == '+' && JsonNumber.IsMatch(value.Substring(1)))
        {
            return JsonNode.Parse(value.Substring(1));
        }

        if (value.StartsWith("0x", StringComparison.Ordinal) && long.TryParse(value.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hex))
        {
            return JsonValue.Create(hex);
        }

        if (value.StartsWith("0o", StringComparison.Ordinal) && value.Length > 2 && value.Skip(2).All(c => c is >= '0' and <= '7'))
        {
            return JsonValue.Create(System.Convert.ToInt64(value.Substring(2), 8));
        }

        return JsonValue.Create(value);
    }

    private static SourceSpan SpanOf(YamlNode node) => SpanOf(node.Start, node.End);

    internal static SourceSpan SpanOf(Mark start, Mark end)
    {
        var startIndex = (int)start.Index;
        var endIndex = Math.Max(startIndex, (int)end.Index);
        var endLine = (int)end.Line - 1;
        var endColumn = (int)end.Column - 1;
        if (endIndex == startIndex || endLine < (int)start.Line - 1)
        {
            endLine = (int)start.Line - 1;
            endColumn = (int)start.Column - 1;
        }

        return new SourceSpan(startIndex, endIndex - startIndex, (int)start.Line - 1, (int)start.Column - 1, endLine, endColumn);
    }
}
