namespace CodeGen.Generator.Model;

/// <summary>The vendor formats a string property can be read in (<c>x-codegen-format</c>).</summary>
internal enum StringFormat
{
    /// <summary><c>unix-ms</c>: milliseconds since the Unix epoch, written as a string.</summary>
    UnixMilliseconds,

    /// <summary><c>local-datetime</c>: <c>yyyy-MM-dd HH:mm:ss</c> without a zone.</summary>
    LocalDateTime,
}
