using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Reading;

/// <summary>Builds the <see cref="SourceMap"/> of a JSON spec from its token positions.</summary>
/// <remarks>Only needed when a diagnostic must be placed, so callers build it lazily.</remarks>
internal static class JsonSourceMapBuilder
{
    public static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = ReadLimits.MaxDepth };

    public static SourceMap Build(string text)
    {
        var map = new SourceMap();
        var bytes = Encoding.UTF8.GetBytes(text);
        var positions = new PositionIndex(text, bytes);
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        var containers = new Stack<Container>();
        string? pendingName = null;
        SourceSpan? pendingKey = null;

        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        pendingName = reader.GetString() ?? string.Empty;
                        pendingKey = positions.Span((int)reader.TokenStartIndex, (int)reader.BytesConsumed);
                        continue;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        var closed = containers.Pop();
                        map.SetValue(closed.Id, positions.Span(closed.Start, positions.Position((int)reader.BytesConsumed)));
                        continue;
                }

                var parent = containers.Count == 0 ? SourceMap.NoParent : containers.Peek().Id;
                var segment = containers.Count == 0 ? string.Empty : Segment(containers.Peek(), pendingName);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    var start = positions.Position((int)reader.TokenStartIndex);
                    var id = map.Add(parent, segment, pendingKey, positions.Span(start, start));
                    containers.Push(new Container(id, start, reader.TokenType == JsonTokenType.StartArray));
                }
                else
                {
                    map.Add(parent, segment, pendingKey, positions.Span((int)reader.TokenStartIndex, (int)reader.BytesConsumed));
                }

                pendingName = null;
                pendingKey = null;
            }
        }
        catch (JsonException)
        {
            // The map covers what was read; the parse error itself is reported by the reader.
        }

        return map;
    }

    // Most arrays are short: their index segments are spelled once for all specs.
    private static readonly string[] IndexSegments = CreateIndexSegments(256);

    private static string Segment(Container parent, string? name) =>
        parent.IsArray ? IndexSegment(parent.NextIndex++) : name ?? string.Empty;

    private static string IndexSegment(int index) =>
        index < IndexSegments.Length ? IndexSegments[index] : index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string[] CreateIndexSegments(int count)
    {
        var segments = new string[count];
        for (var i = 0; i < count; i++)
        {
            segments[i] = i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return segments;
    }

    private sealed class Container(int id, PositionIndex.TextPosition start, bool isArray)
    {
        public int Id { get; } = id;

        public PositionIndex.TextPosition Start { get; } = start;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }
    }

    /// <summary>Converts UTF-8 byte offsets into character offsets and zero-based lines and columns.</summary>
    internal sealed class PositionIndex
    {
        private readonly byte[] _bytes;
        private readonly List<int> _lineStartBytes = new() { 0 };
        private readonly List<int> _lineStartChars = new() { 0 };
        private int _cursorLine = -1;
        private int _cursorByte;
        private int _cursorColumn;

        public PositionIndex(string text, byte[] bytes)
        {
            _bytes = bytes;
            var byteOffset = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    byteOffset += 4;
                    i++;
                    continue;
                }

                byteOffset += c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
                if (c == '\n')
                {
                    _lineStartBytes.Add(byteOffset);
                    _lineStartChars.Add(i + 1);
                }
            }
        }

        public SourceSpan Span(int startByte, int endByte) => Span(Position(startByte), Position(endByte));

        public SourceSpan Span(TextPosition start, TextPosition end) =>
            new(start.Char, Math.Max(0, end.Char - start.Char), start.Line, start.Column, end.Line, end.Column);

        /// <summary>The position of a byte offset.</summary>
        /// <remarks>
        /// Offsets arrive in reading order, so the column is counted on from the previous position on the same
        /// line rather than from the line's start: a spec written on one line would otherwise cost quadratic time.
        /// </remarks>
        public TextPosition Position(int bytePosition)
        {
            var line = _lineStartBytes.BinarySearch(bytePosition);
            if (line < 0)
            {
                line = ~line - 1;
            }

            var (fromByte, column) = _cursorLine == line && _cursorByte <= bytePosition ? (_cursorByte, _cursorColumn) : (_lineStartBytes[line], 0);
            for (var b = fromByte; b < bytePosition && b < _bytes.Length; b++)
            {
                var value = _bytes[b];
                if ((value & 0xC0) != 0x80)
                {
                    column += value >= 0xF0 ? 2 : 1;
                }
            }

            (_cursorLine, _cursorByte, _cursorColumn) = (line, bytePosition, column);
            return new TextPosition(line, column, _lineStartChars[line] + column);
        }

        /// <summary>A zero-based line and column (in UTF-16 units) and the character offset.</summary>
        internal readonly record struct TextPosition(int Line, int Column, int Char);
    }
}
