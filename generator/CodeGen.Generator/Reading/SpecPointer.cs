using System.Collections.Generic;

namespace CodeGen.Generator.Reading;

internal static class SpecPointer
{
    public static string Append(string parent, string token) =>
        parent + "/" + token.Replace("~", "~0").Replace("/", "~1");

    public static string Append(string parent, int index) =>
        parent + "/" + index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The keys and indexes a pointer ("/paths/~1pets/get", with or without a leading '#') names, unescaped; empty ones are skipped.</summary>
    public static IEnumerable<string> Segments(string pointer)
    {
        if (pointer.StartsWith("#", System.StringComparison.Ordinal))
        {
            pointer = pointer.Substring(1);
        }

        foreach (var token in pointer.Split('/'))
        {
            if (token.Length > 0)
            {
                yield return token.Replace("~1", "/").Replace("~0", "~");
            }
        }
    }
}
