namespace CodeGen.Generator.Reading;

/// <summary>How much of a document the read stage accepts; past a limit the spec gets a located error instead of the compiler running out of stack, memory or time.</summary>
internal static class ReadLimits
{
    /// <summary>Nesting of objects and arrays: real documents stay under 40, and every later stage walks the tree by depth.</summary>
    public const int MaxDepth = 128;

    /// <summary>Nodes after YAML aliases are expanded; a few nested aliases can stand for billions ("billion laughs").</summary>
    public const int MaxNodes = 1_000_000;

    /// <summary>Nodes copied in for references to plain schemas outside components; past it such references stay unresolved (OAPI004).</summary>
    public const int MaxCopiedNodes = 200_000;

    /// <summary>Characters of keys and scalars after YAML aliases are expanded.</summary>
    public const long MaxCharacters = 64L * 1024 * 1024;

    /// <summary>Digits of a YAML hexadecimal (<c>0x</c>) or octal (<c>0o</c>) integer, which is converted to decimal in quadratic time.</summary>
    public const int MaxRadixDigits = 4_096;

    /// <summary>How JSON specs are read wherever the text is scanned: comments and trailing commas allowed, <see cref="MaxDepth"/> deep.</summary>
    public static readonly System.Text.Json.JsonReaderOptions JsonReaderOptions = new() { CommentHandling = System.Text.Json.JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = MaxDepth };
}
