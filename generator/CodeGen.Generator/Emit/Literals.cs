using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Emit;

/// <summary>Literal forms of strings for the places they land in generated C#.</summary>
internal static class Literals
{
    private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    // Characters that reorder how text is displayed (the "Trojan Source" characters).
    private static readonly char[] BidiControls =
    {
        '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069',
    };

    /// <summary>Text for a single-line comment: every line break, control character and bidi control replaced.</summary>
    public static string CommentText(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(char.IsControl(c) || IsBidiControl(c) || System.Array.IndexOf(LineBreaks, c) >= 0 ? '_' : c);
        }

        return builder.ToString();
    }

    /// <summary>A quoted C# string literal; bidi controls are escaped too, so the source reads in the order it compiles.</summary>
    public static string String(string value)
    {
        var literal = SymbolDisplay.FormatLiteral(value, quote: true);
        if (literal.IndexOfAny(BidiControls) < 0)
        {
            return literal;
        }

        var builder = new StringBuilder(literal.Length + 16);
        foreach (var c in literal)
        {
            if (IsBidiControl(c))
            {
                builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>An integer as C# writes it, whatever the culture.</summary>
    public static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Whether <paramref name="c"/> reorders displayed text: in generated code a reader would see another order than the compiler reads.</summary>
    public static bool IsBidiControl(char c) => System.Array.IndexOf(BidiControls, c) >= 0;

    /// <summary>Escapes text for one line of an XML doc comment.</summary>
    /// <remarks>
    /// A line break of any kind (C# also ends a comment at U+0085, U+2028 and U+2029) becomes a space, so the text
    /// cannot leave the comment; characters XML 1.0 forbids even as references (most C0 controls, U+FFFE, U+FFFF,
    /// half a surrogate pair) become U+FFFD, so the documentation file stays well-formed.
    /// </remarks>
    public static string EscapeXml(string text)
    {
        // Most doc lines need nothing escaped: they are returned as they are, without copying.
        var i = 0;
        while (i < text.Length && !NeedsEscaping(text[i]))
        {
            i++;
        }

        if (i == text.Length)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, i);
        for (; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\t': builder.Append(c); break;
                case '\n' or '\r' or '\u0085' or '\u2028' or '\u2029': builder.Append(' '); break;
                case < ' ' or '\uFFFE' or '\uFFFF': builder.Append('\uFFFD'); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        builder.Append(c).Append(text[++i]);
                    }
                    else if (char.IsSurrogate(c))
                    {
                        builder.Append('\uFFFD');
                    }
                    else if (char.IsControl(c) || IsBidiControl(c))
                    {
                        builder.Append("&#x").Append(((int)c).ToString("X", CultureInfo.InvariantCulture)).Append(';');
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Whether <see cref="EscapeXml"/> writes anything but <paramref name="c"/> itself for it (a surrogate is checked with its pair there).</summary>
    private static bool NeedsEscaping(char c) =>
        c is '<' or '>' or '&' or '\u2028' or '\u2029' or '\uFFFE' or '\uFFFF'
        || (c != '\t' && char.IsControl(c))
        || char.IsSurrogate(c)
        || (c >= '\u061C' && IsBidiControl(c));
}
