namespace CodeGen.Generator.Reading;

/// <summary>
/// Fields the OpenAPI reader does not know (<c>info.summary</c> in a 3.0 document, a typo such as <c>respones</c>).
/// The reader reports them without a pointer, naming the place only in its message; the field is ignored, so it is a
/// warning on the field's own line rather than an error at the top of the file.
/// </summary>
internal static class UnknownFields
{
    private const string Separator = " is not a valid property at #";

    /// <summary>The pointer of the unknown field the reader's message names, or null when the message is about something else.</summary>
    public static string? PointerOf(string? pointer, string message)
    {
        if (!string.IsNullOrEmpty(pointer))
        {
            return null;
        }

        // A field's name may itself contain the separator; the place is the text after its last occurrence.
        var at = message.LastIndexOf(Separator, System.StringComparison.Ordinal);
        return at > 0 ? SpecPointer.Append(message.Substring(at + Separator.Length - 1), message.Substring(0, at)) : null;
    }
}
