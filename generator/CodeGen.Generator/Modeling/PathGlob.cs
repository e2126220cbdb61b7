namespace CodeGen.Generator.Modeling;

/// <summary>Matches an OpenAPI path such as <c>/repos/{owner}/{repo}</c> against a glob such as <c>/repos/**</c>.</summary>
/// <remarks>
/// <c>*</c> matches within one segment, <c>**</c> across segments, <c>?</c> one character other than <c>/</c>; a
/// pattern ending in <c>/**</c> also matches the path it starts (<c>/repos/**</c> matches <c>/repos</c>). Matching is
/// ordinal and runs in time proportional to the pattern's length times the path's, without backtracking.
/// </remarks>
internal static class PathGlob
{
    public static bool Matches(string pattern, string path)
    {
        if (pattern.EndsWith("/**", System.StringComparison.Ordinal) && path == pattern.Substring(0, pattern.Length - 3))
        {
            return true;
        }

        // matched[j]: the pattern so far matches the first j characters of the path.
        var matched = new bool[path.Length + 1];
        matched[0] = true;
        var i = 0;
        while (i < pattern.Length)
        {
            var c = pattern[i];
            if (c == '*')
            {
                var crossesSegments = i + 1 < pattern.Length && pattern[i + 1] == '*';
                i += crossesSegments ? 2 : 1;
                for (var j = 1; j <= path.Length; j++)
                {
                    matched[j] |= matched[j - 1] && (crossesSegments || path[j - 1] != '/');
                }

                continue;
            }

            for (var j = path.Length; j >= 1; j--)
            {
                matched[j] = matched[j - 1] && (c == '?' ? path[j - 1] != '/' : path[j - 1] == c);
            }

            matched[0] = false;
            i++;
        }

        return matched[path.Length];
    }
}
