using CodeGen.Runtime.Credentials;

namespace CodeGen.Runtime.Authentication;

/// <summary>The key of an <c>apiKey</c> security scheme.</summary>
public sealed class ApiKeyOptions
{
    /// <summary>The key; sent as it is in a header, percent-encoded in a query parameter or cookie.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Whether the key may go over plain HTTP to a host that is not loopback (off unless set explicitly).</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <inheritdoc/>
    public override string ToString() => "ApiKeyOptions { ApiKey = " + Redaction.Presence(ApiKey) + " }";
}
