using System;
using System.Buffers;

namespace CodeGen.Runtime.Signing;

/// <summary>
/// Text written into a caller's stack buffer, moving to pooled arrays when it outgrows it. What it held is
/// cleared when it moves and when it is disposed: a canonical request can carry a security token.
/// </summary>
internal ref struct CharBuffer
{
    private char[]? _rented;
    private Span<char> _chars;
    private int _length;

    public CharBuffer(Span<char> initial)
    {
        _rented = null;
        _chars = initial;
        _length = 0;
    }

    public readonly int Length => _length;

    public readonly ReadOnlySpan<char> Written => _chars[.._length];

    public void Append(char c)
    {
        if (_length == _chars.Length)
        {
            Grow(1);
        }

        _chars[_length++] = c;
    }

    public void Append(scoped ReadOnlySpan<char> text)
    {
        text.CopyTo(AppendSpan(text.Length));
    }

    /// <summary>The next <paramref name="length"/> characters, counted as written; the caller fills them.</summary>
    public Span<char> AppendSpan(int length)
    {
        if (length > _chars.Length - _length)
        {
            Grow(length);
        }

        var span = _chars.Slice(_length, length);
        _length += length;
        return span;
    }

    public void AppendLowerHex(scoped ReadOnlySpan<byte> bytes) => LowerHex.Write(bytes, AppendSpan(bytes.Length * 2));

    public override readonly string ToString() => new(Written);

    public void Dispose()
    {
        _chars[.._length].Clear();
        if (_rented is { } rented)
        {
            _rented = null;
            ArrayPool<char>.Shared.Return(rented);
        }

        _chars = default;
        _length = 0;
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + needed));
        _chars[.._length].CopyTo(larger);
        _chars[.._length].Clear();
        if (_rented is { } old)
        {
            ArrayPool<char>.Shared.Return(old);
        }

        _rented = larger;
        _chars = larger;
    }
}
