using CodeGen.Runtime.Credentials;

namespace CodeGen.Runtime.Authentication;

/// <summary>The user name and password of an <c>http</c> <c>basic</c> security scheme.</summary>
public sealed class BasicAuthenticationOptions
{
    /// <summary>The user name (it cannot contain a colon).</summary>
    public string? UserName { get; set; }

    /// <summary>The password.</summary>
    public string? Password { get; set; }

    /// <summary>Whether the password may go over plain HTTP to a host that is not loopback (off unless set explicitly).</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <inheritdoc/>
    public override string ToString() => "BasicAuthenticationOptions { UserName = " + Redaction.Identifier(UserName) + ", Password = " + Redaction.Presence(Password) + " }";
}
