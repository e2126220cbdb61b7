namespace CodeGen.Runtime.Credentials;

/// <summary>How credentials appear in text meant for people: identifiers shortened, secrets never.</summary>
internal static class Redaction
{
    public const string Secret = "***";

    /// <summary>The first four characters of an identifier such as an access key id, then "****".</summary>
    public static string Identifier(string? value) =>
        string.IsNullOrEmpty(value) ? "(none)" : value.Length <= 4 ? "****" : value[..4] + "****";

    public static string Presence(string? value) => string.IsNullOrEmpty(value) ? "(none)" : Secret;
}
