using System;
using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Reading;

/// <summary>Converts UTF-8 byte offsets into character offsets and zero-based lines and columns.</summary>
internal sealed class TextPositions
{
    private readonly ArraySegment<byte> _bytes;
    private readonly List<int> _lineStartBytes = new() { 0 };
    private readonly List<int> _lineStartChars = new() { 0 };
    private int _cursorLine = -1;
    private int _cursorByte;
    private int _cursorColumn;

    public TextPositions(string text, ArraySegment<byte> bytes)
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
        for (var b = fromByte; b < bytePosition && b < _bytes.Count; b++)
        {
            var value = _bytes.Array![_bytes.Offset + b];
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
