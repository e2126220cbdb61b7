using CodeGen.Runtime.Credentials;

namespace CodeGen.Runtime.Authentication;

/// <summary>The token of an <c>http</c> <c>bearer</c> security scheme.</summary>
public sealed class BearerTokenOptions
{
    /// <summary>The token, sent as <c>Authorization: Bearer {Token}</c>.</summary>
    public string? Token { get; set; }

    /// <summary>Whether the token may go over plain HTTP to a host that is not loopback (off unless set explicitly).</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <inheritdoc/>
    public override string ToString() => "BearerTokenOptions { Token = " + Redaction.Presence(Token) + " }";
}
