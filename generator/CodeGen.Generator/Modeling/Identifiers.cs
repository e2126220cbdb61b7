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
