using System;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Reading;

/// <summary>Converts UTF-8 byte offsets of a text into character offsets and zero-based lines and columns.</summary>
/// <remarks>
/// Offsets are asked for in reading order, so a cursor counts on from the previous one: nothing is stored per line,
/// and a spec written on one line costs no more than one written on many. An offset before the cursor is counted
/// again from the start.
/// </remarks>
internal sealed class TextPositions(ArraySegment<byte> bytes)
{
    private int _byte;
    private int _line;
    private int _column;
    private int _char;

    public SourceSpan Span(int startByte, int endByte) => Span(Position(startByte), Position(endByte));

    public SourceSpan Span(TextPosition start, TextPosition end) =>
        new(start.Char, Math.Max(0, end.Char - start.Char), start.Line, start.Column, end.Line, end.Column);

    /// <summary>The position of a byte offset.</summary>
    public TextPosition Position(int bytePosition)
    {
        if (bytePosition < _byte)
        {
            (_byte, _line, _column, _char) = (0, 0, 0, 0);
        }

        var end = Math.Min(bytePosition, bytes.Count);
        for (; _byte < end; _byte++)
        {
            var value = bytes.Array![bytes.Offset + _byte];
            if (value == (byte)'\n')
            {
                (_line, _column, _char) = (_line + 1, 0, _char + 1);
            }
            else if ((value & 0xC0) != 0x80)
            {
                // A four-byte sequence is a surrogate pair: two UTF-16 units.
                var units = value >= 0xF0 ? 2 : 1;
                (_column, _char) = (_column + units, _char + units);
            }
        }

        return new TextPosition(_line, _column, _char);
    }

    /// <summary>A zero-based line and column (in UTF-16 units) and the character offset.</summary>
    internal readonly record struct TextPosition(int Line, int Column, int Char);
}
