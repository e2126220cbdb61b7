using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Numerics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace CodeGen.Generator.Reading;

/// <summary>Turns YAML text into a JSON tree for the OpenAPI reader, recording where every node stands.</summary>
/// <remarks>
/// Built from the parser's events with an explicit stack: a tree built by recursion (as YamlDotNet's own
/// representation model is) lets a small file of nested brackets overflow the compiler's stack.
/// Plain scalars are typed by the YAML 1.2 core schema; quoted and tagged-string scalars stay strings.
/// Depth is counted in the tree as expanded: an alias stands for its anchor's whole height, so anchors that each
/// name the one before would otherwise nest a few lines of text thousands of levels deep.
/// </remarks>
internal static class YamlDocumentConverter
{
    private const int MaxDepth = ReadLimits.MaxDepth;
    private const int MaxNodes = ReadLimits.MaxNodes;
    private const long MaxCharacters = ReadLimits.MaxCharacters;

    private static readonly Regex JsonNumber = new(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);

    public static JsonNode? Convert(string text, SourceMap map, CancellationToken cancellationToken)
    {
        var parser = new Parser(new StringReader(text));
        var builder = new Builder(map, cancellationToken);
        var lastGood = Mark.Empty;
        try
        {
            while (parser.MoveNext())
            {
                lastGood = parser.Current!.End;
                switch (parser.Current)
                {
                    case DocumentEnd:
                        // Only the first document is a spec.
                        return builder.Root;
                    case NodeEvent or AnchorAlias or MappingEnd or SequenceEnd:
                        builder.Accept(parser.Current!);
                        break;
                }
            }
        }
        catch (YamlException exception) when (exception.Start.Index == 0 && lastGood.Index > 0)
        {
            // Some scanner errors (a tab in indentation) carry no position: place them after the last good token.
            var place = PlaceOfTab(text, (int)lastGood.Index) ?? lastGood;
            throw new YamlException(place, place, exception.Message);
        }

        return builder.Root;
    }

    /// <summary>The first tab in the indentation of a line after <paramref name="from"/>.</summary>
    private static Mark? PlaceOfTab(string text, int from)
    {
        var line = 1 + text.Take(from).Count(c => c == '\n');
        var lineStart = text.LastIndexOf('\n', Math.Max(0, from - 1)) + 1;
        for (var i = lineStart; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                lineStart = i + 1;
            }
            else if (text[i] == '\t' && text.Substring(lineStart, i - lineStart).Trim(' ').Length == 0 && i >= from)
            {
                return new Mark(i, line, i - lineStart + 1);
            }
        }

        return null;
    }

    /// <summary>The tree under construction: one frame per open mapping or sequence.</summary>
    private sealed class Builder(SourceMap map, CancellationToken cancellationToken)
    {
        private readonly Stack<Frame> _open = new();
        private readonly Dictionary<string, Anchored> _anchors = new(StringComparer.Ordinal);
        private long _nodes;
        private long _characters;

        public JsonNode? Root { get; private set; }

        public void Accept(ParsingEvent current)
        {
            if ((++_nodes & 0x3FF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            if (_open.Count > 0 && _open.Peek() is { IsMapping: true, PendingKey: null } mapping && current is not MappingEnd)
            {
                mapping.PendingKey = KeyOf(current);
                mapping.PendingKeySpan = SpanOf(current.Start, current.End);
                return;
            }

            switch (current)
            {
                case MappingStart or SequenceStart:
                    if (_open.Count >= MaxDepth)
                    {
                        throw new YamlException(current.Start, current.End, "The document nests deeper than " + MaxDepth + " levels, the most this generator reads");
                    }

                    var container = current is MappingStart ? (JsonNode)new JsonObject(JsonTreeCopy.Options) : new JsonArray(JsonTreeCopy.Options);
                    var id = Place(container, SpanOf(current.Start, current.End));
                    _open.Push(new Frame(container, id, current.Start, ((NodeEvent)current).Anchor, _nodes, _characters));
                    break;
                case MappingEnd or SequenceEnd:
                    var closed = _open.Pop();
                    map.SetValue(closed.Id, SpanOf(closed.Start, current.End));
                    var height = closed.ChildHeight + 1;
                    Raise(height);
                    Remember(closed.Anchor, closed.Node, _nodes - closed.FirstNode, _characters - closed.FirstCharacters, height);
                    break;
                case Scalar scalar:
                    Count(1, scalar.Value.Length, current);
                    var value = ConvertScalar(scalar);
                    Place(value, SpanOf(current.Start, current.End));
                    Remember(scalar.Anchor, value, 1, scalar.Value.Length, 0);
                    break;
                case AnchorAlias alias:
                    if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                    {
                        throw new YamlException(current.Start, current.End, "The alias '*" + alias.Value.Value + "' names no anchor before it");
                    }

                    if (_open.Count + anchored.Height > MaxDepth)
                    {
                        throw new YamlException(current.Start, current.End, "The alias '*" + alias.Value.Value + "' stands for " + anchored.Height + " levels of nesting here, " + _open.Count + " deep, which makes the document nest deeper than " + MaxDepth + " levels, the most this generator reads");
                    }

                    // The copy's nodes have no text of their own: diagnostics inside it point at the alias.
                    Count(anchored.Nodes, anchored.Characters, current);
                    Raise(anchored.Height);
                    Place(JsonTreeCopy.Clone(anchored.Node), SpanOf(current.Start, current.End));
                    break;
            }
        }

        private void Count(long nodes, long characters, ParsingEvent current)
        {
            _nodes += nodes - 1;
            _characters += characters;
            if (_nodes > MaxNodes)
            {
                throw new YamlException(current.Start, current.End, "The document expands to more than " + MaxNodes.ToString("N0", CultureInfo.InvariantCulture) + " nodes (aliases repeated inside aliases?), the most this generator reads");
            }

            if (_characters > MaxCharacters)
            {
                throw new YamlException(current.Start, current.End, "The document expands to more than " + MaxCharacters.ToString("N0", CultureInfo.InvariantCulture) + " characters of keys and values (aliases repeated inside aliases?), the most this generator reads");
            }
        }

        private int Place(JsonNode? node, SourceSpan span)
        {
            if (_open.Count == 0)
            {
                Root = node;
                return map.Add(SourceMap.NoParent, string.Empty, null, span);
            }

            var parent = _open.Peek();
            if (parent.Node is JsonArray array)
            {
                var index = array.Count;
                array.Add(node);
                return map.Add(parent.Id, index.ToString(CultureInfo.InvariantCulture), null, span);
            }

            var key = parent.PendingKey!;
            var keySpan = parent.PendingKeySpan;
            parent.PendingKey = null;
            _characters += key.Length;

            // A repeated key keeps its last value, as JSON parsers do.
            ((JsonObject)parent.Node)[key] = node;
            return map.Add(parent.Id, key, keySpan, span);
        }

        private string KeyOf(ParsingEvent current)
        {
            switch (current)
            {
                case Scalar scalar:
                    Remember(scalar.Anchor, JsonValue.Create(scalar.Value, JsonTreeCopy.Options), 1, scalar.Value.Length, 0);
                    return scalar.Value;
                case AnchorAlias alias when _anchors.TryGetValue(alias.Value.Value, out var anchored) && anchored.Node is JsonValue value && value.TryGetValue<string>(out var text):
                    return text;
                default:
                    throw new YamlException(current.Start, current.End, "A mapping key must be a plain value; OpenAPI documents have no other keys");
            }
        }

        /// <summary>Records that the open container holds a node <paramref name="height"/> levels tall.</summary>
        private void Raise(int height)
        {
            if (_open.Count > 0 && _open.Peek().ChildHeight < height)
            {
                _open.Peek().ChildHeight = height;
            }
        }

        private void Remember(AnchorName anchor, JsonNode? node, long nodes, long characters, int height)
        {
            if (!anchor.IsEmpty)
            {
                _anchors[anchor.Value] = new Anchored(node, nodes, characters, height);
            }
        }
    }

    private sealed class Frame(JsonNode node, int id, Mark start, AnchorName anchor, long firstNode, long firstCharacters)
    {
        public JsonNode Node { get; } = node;

        public int Id { get; } = id;

        public Mark Start { get; } = start;

        public AnchorName Anchor { get; } = anchor;

        public long FirstNode { get; } = firstNode;

        public long FirstCharacters { get; } = firstCharacters;

        public bool IsMapping => Node is JsonObject;

        public string? PendingKey { get; set; }

        public SourceSpan? PendingKeySpan { get; set; }

        /// <summary>Levels of nesting inside the tallest child so far (0 for values), aliases counted as expanded.</summary>
        public int ChildHeight { get; set; }
    }

    /// <summary>An anchored node, with its size and its height (levels of containers, 0 for a value) once expanded.</summary>
    private readonly record struct Anchored(JsonNode? Node, long Nodes, long Characters, int Height);

    private static JsonNode? ConvertScalar(Scalar scalar)
    {
        var value = scalar.Value;
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

        // Integers of any size stay numbers; whether one fits where it is used is checked with the document.
        if (value.StartsWith("0x", StringComparison.Ordinal) && value.Length > 2 && value.Skip(2).All(Uri.IsHexDigit))
        {
            CheckDigits(scalar);
            return JsonNode.Parse(BigInteger.Parse("0" + value.Substring(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
        }

        if (value.StartsWith("0o", StringComparison.Ordinal) && value.Length > 2 && value.Skip(2).All(c => c is >= '0' and <= '7'))
        {
            CheckDigits(scalar);
            var octal = value.Skip(2).Aggregate(BigInteger.Zero, (total, digit) => (total * 8) + (digit - '0'));
            return JsonNode.Parse(octal.ToString(CultureInfo.InvariantCulture));
        }

        return JsonValue.Create(value);
    }

    /// <summary>Stops a hexadecimal or octal integer too long to convert to decimal digits in reasonable time (the conversion is quadratic).</summary>
    private static void CheckDigits(Scalar scalar)
    {
        if (scalar.Value.Length - 2 > ReadLimits.MaxRadixDigits)
        {
            throw new YamlException(scalar.Start, scalar.End, "The integer " + scalar.Value.Substring(0, 12) + "… has more than " + ReadLimits.MaxRadixDigits.ToString("N0", CultureInfo.InvariantCulture) + " digits, the most this generator converts");
        }
    }

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

        return new SourceSpan(startIndex, endIndex - startIndex, Math.Max(0, (int)start.Line - 1), Math.Max(0, (int)start.Column - 1), Math.Max(0, endLine), Math.Max(0, endColumn));
    }
}
