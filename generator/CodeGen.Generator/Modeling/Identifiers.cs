using System.Collections.Generic;
using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Modeling;

/// <summary>Turns wire names into valid, conventional C# identifiers.</summary>
internal static class Identifiers
{
    /// <summary>The longest name made from one wire name; composed names (a nested type's) are bounded by <see cref="MaxDeclaredLength"/>.</summary>
    public const int MaxWordsLength = 200;

    /// <summary>The longest name the generator declares before a numeric suffix.</summary>
    /// <remarks>
    /// The compiler rejects a metadata name over 1,024 UTF-8 bytes (CS7013); a character takes at most three, and
    /// property accessors and backing fields add a few more. Bounding names also keeps the names of nested inline
    /// types, which each add their property's name to their parent's, from growing with the square of the nesting.
    /// </remarks>
    public const int MaxDeclaredLength = 256;

    /// <summary>PascalCase from any separators and case boundaries; never empty, never starting with a digit.</summary>
    public static string ToPascalCase(string name, string fallback = "Value")
    {
        var words = SplitWords(name);
        var builder = new StringBuilder(System.Math.Min(name.Length, MaxWordsLength + 1));
        foreach (var word in words)
        {
            builder.Append(char.ToUpperInvariant(word[0]));
            builder.Append(word, 1, System.Math.Min(word.Length - 1, MaxWordsLength));
            if (builder.Length > MaxWordsLength)
            {
                break;
            }
        }

        if (builder.Length == 0)
        {
            return fallback;
        }

        if (!SyntaxFacts.IsIdentifierStartCharacter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return Truncate(builder.ToString(), MaxWordsLength);
    }

    /// <summary><paramref name="name"/> cut to at most <paramref name="length"/> characters, never inside a surrogate pair.</summary>
    public static string Truncate(string name, int length)
    {
        if (name.Length <= length)
        {
            return name;
        }

        var cut = char.IsHighSurrogate(name[length - 1]) ? length - 1 : length;
        return name.Substring(0, cut);
    }

    /// <summary>camelCase for locals and parameters, escaped with <c>@</c> when it is a keyword.</summary>
    public static string ToCamelCase(string name, string fallback = "value")
    {
        var pascal = ToPascalCase(name, fallback);
        var leadingUpper = 0;
        while (leadingUpper < pascal.Length && char.IsUpper(pascal[leadingUpper]))
        {
            leadingUpper++;
        }

        // "ID" → "id", "HTTPServer" → "httpServer", "Name" → "name".
        var lower = leadingUpper <= 1 || leadingUpper == pascal.Length ? leadingUpper : leadingUpper - 1;
        lower = System.Math.Max(lower, 1);
        var camel = pascal.Substring(0, lower).ToLowerInvariant() + pascal.Substring(lower);

        // Two contextual keywords change the meaning of generated code when a local takes their name: `await` is a
        // keyword inside the async methods, and a local called `nameof` turns every nameof(...) into a call of it.
        return camel switch
        {
            "await" => "@await",
            "nameof" => "nameOf",
            _ => EscapeKeyword(camel),
        };
    }

    public static string EscapeKeyword(string identifier) =>
        SyntaxFacts.GetKeywordKind(identifier) != SyntaxKind.None
            ? "@" + identifier
            : identifier;

    public static bool IsValidIdentifier(string value) =>
        SyntaxFacts.IsValidIdentifier(value) && SyntaxFacts.GetKeywordKind(value) == SyntaxKind.None;

    public static bool IsValidNamespace(string value)
    {
        foreach (var part in value.Split('.'))
        {
            if (!IsValidIdentifier(part))
            {
                return false;
            }
        }

        return value.Length > 0;
    }

    private static List<string> SplitWords(string name)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];

            // C# ignores formatting characters (soft hyphen, joiners, bidi controls) when it compares identifiers:
            // kept, "a\u00ADb" and "ab" would be two names here and one to the compiler.
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
            {
                continue;
            }

            if (!SyntaxFacts.IsIdentifierPartCharacter(c) || c == '_')
            {
                Flush(words, current);
                continue;
            }

            var startsWord = current.Length > 0 && char.IsUpper(c) &&
                (char.IsLower(current[current.Length - 1]) || char.IsDigit(current[current.Length - 1]) ||
                 (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(current[current.Length - 1])));
            if (startsWord)
            {
                Flush(words, current);
            }

            current.Append(c);
        }

        Flush(words, current);
        return words;
    }

    private static void Flush(List<string> words, StringBuilder current)
    {
        if (current.Length == 0)
        {
            return;
        }

        var word = current.ToString();
        current.Clear();

        // ALLCAPS words read as words: "TASK_ID" → "TaskId"; mixed-case words keep their inner capitals.
        var isAllCaps = word.Length > 1 && word.ToUpperInvariant() == word && word.ToLowerInvariant() != word;
        words.Add(isAllCaps ? word.Substring(0, 1) + word.Substring(1).ToLowerInvariant() : word);
    }
}

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

    /// <summary>Whether <paramref name="c"/> reorders displayed text: in generated code a reader would see another order than the compiler reads.</summary>
    public static bool IsBidiControl(char c) => System.Array.IndexOf(BidiControls, c) >= 0;

    /// <summary>Splits text into XML-escaped lines for a <c>&lt;summary&gt;</c> or <c>&lt;param&gt;</c>.</summary>
    public static string[] DocLines(params string?[] texts)
    {
        var lines = new List<string>();
        foreach (var text in texts)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            if (lines.Count > 0)
            {
                lines.Add(string.Empty);
            }

            // C# also ends a comment line at U+0085, U+2028 and U+2029.
            foreach (var raw in text!.Replace("\r\n", "\n").Trim().Split(LineBreaks))
            {
                lines.Add(EscapeXml(raw.TrimEnd()));
            }
        }

        return lines.ToArray();
    }

    /// <summary>Escapes text for one line of an XML doc comment.</summary>
    /// <remarks>
    /// A line break of any kind (C# also ends a comment at U+0085, U+2028 and U+2029) becomes a space, so the text
    /// cannot leave the comment; characters XML 1.0 forbids even as references (most C0 controls, U+FFFE, U+FFFF,
    /// half a surrogate pair) become U+FFFD, so the documentation file stays well-formed.
    /// </remarks>
    public static string EscapeXml(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
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
}
