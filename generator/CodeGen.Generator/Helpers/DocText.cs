using System.Collections.Generic;

namespace CodeGen.Generator.Helpers;

/// <summary>Spec text cut into the lines of a doc comment, raw: the emit stage escapes each line for XML.</summary>
internal static class DocText
{
    // C# also ends a comment line at U+0085, U+2028 and U+2029.
    private static readonly char[] LineBreaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    /// <summary>The lines of each non-blank text, trimmed at their ends, with an empty line between texts.</summary>
    public static string[] Lines(params string?[] texts)
    {
        // Most descriptions are one line: they need neither the list nor the split.
        if (texts.Length == 1)
        {
            var text = texts[0];
            if (string.IsNullOrWhiteSpace(text))
            {
                return System.Array.Empty<string>();
            }

            if (text!.IndexOfAny(LineBreaks) < 0)
            {
                return new[] { text.Trim() };
            }
        }

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

            foreach (var raw in text!.Replace("\r\n", "\n").Trim().Split(LineBreaks))
            {
                lines.Add(raw.TrimEnd());
            }
        }

        return lines.ToArray();
    }
}
