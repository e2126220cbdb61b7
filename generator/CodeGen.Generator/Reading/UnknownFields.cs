namespace CodeGen.Generator.Reading;

/// <summary>
/// Fields the OpenAPI reader does not know (<c>info.summary</c> in a 3.0 document, a typo such as <c>respones</c>).
/// The reader reports them without a pointer, naming the place only in its message; the field is ignored, so it is a
/// warning on the field's own line rather than an error at the top of the file.
/// </summary>
internal static class UnknownFields
{
    private const string Separator = " is not a valid property at #";
    private const int MaxSplitsTried = 8;

    /// <summary>The pointer of the unknown field the reader's message names, or null when the message is about something else.</summary>
    /// <param name="exists">Whether the document has a node at a pointer: the field's name and its place may both
    /// contain the words that join them, so the split that names a real node is the one meant.</param>
    public static string? PointerOf(string? pointer, string message, System.Func<string, bool> exists)
    {
        if (!string.IsNullOrEmpty(pointer))
        {
            return null;
        }

        // The place is a pointer, whose '/' are escaped, so the first split is the usual one; a field name holding the
        // words is tried from the last split back. A few splits suffice: a key repeating the words thousands of times
        // must not cost the square of its length.
        var first = message.IndexOf(Separator, System.StringComparison.Ordinal);
        if (first <= 0)
        {
            return null;
        }

        var firstCandidate = Split(message, first);
        if (exists(firstCandidate))
        {
            return firstCandidate;
        }

        var tries = 0;
        for (var at = message.LastIndexOf(Separator, System.StringComparison.Ordinal); at > first && tries++ < MaxSplitsTried; at = message.LastIndexOf(Separator, at - 1, System.StringComparison.Ordinal))
        {
            var candidate = Split(message, at);
            if (exists(candidate))
            {
                return candidate;
            }
        }

        return firstCandidate;
    }

    private static string Split(string message, int at) => SpecPointer.Append(message.Substring(at + Separator.Length - 1), message.Substring(0, at));
}
