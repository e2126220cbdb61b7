using System;
using System.Collections.Generic;
using CodeGen.Runtime.Credentials;

namespace CodeGen.Runtime.Authentication;

/// <summary>The client and token endpoint of an OAuth2 <c>clientCredentials</c> flow.</summary>
public sealed class OAuth2ClientCredentialsOptions
{
    /// <summary>The token endpoint (the spec's <c>tokenUrl</c> when the registration is generated).</summary>
    public Uri? TokenUrl { get; set; }

    /// <summary>The client id.</summary>
    public string? ClientId { get; set; }

    /// <summary>The client secret.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The scopes asked for, space-joined into <c>scope</c>; none leaves the parameter out.</summary>
    public IList<string> Scopes { get; } = new List<string>();

    /// <summary>
    /// Whether the client id and secret go in the form body (<c>client_secret_post</c>) instead of
    /// <c>Authorization: Basic</c> (<c>client_secret_basic</c>, the default RFC 6749 asks servers to support).
    /// </summary>
    public bool SendCredentialsInBody { get; set; }

    /// <summary>How long before expiry a token is replaced (at most half its lifetime); one minute by default, zero or more.</summary>
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>How long a token without <c>expires_in</c> is used; five minutes by default, more than zero and at most 3650 days.</summary>
    /// <remarks>An <c>expires_in</c> of zero or less is taken as already expired: the token serves one request and is not cached.</remarks>
    public TimeSpan DefaultLifetime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The largest token response read, in bytes; 64 KiB by default, more than zero.</summary>
    public int MaxTokenResponseBytes { get; set; } = 64 * 1024;

    /// <summary>Whether the secret and tokens may go over plain HTTP to a host that is not loopback (off unless set explicitly).</summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Checks that the token endpoint, the client id and the secret are present.</summary>
    /// <exception cref="MissingCredentialsException">Naming each missing value.</exception>
    /// <exception cref="ArgumentException">The token endpoint is not absolute http(s).</exception>
    /// <exception cref="ArgumentOutOfRangeException">A lifetime, the refresh window or the response bound is out of range.</exception>
    internal void Validate()
    {
        var missing = new List<string>();
        if (TokenUrl is null)
        {
            missing.Add("the token endpoint (TokenUrl)");
        }

        if (string.IsNullOrEmpty(ClientId))
        {
            missing.Add("the client id (ClientId)");
        }

        if (string.IsNullOrEmpty(ClientSecret))
        {
            missing.Add("the client secret (ClientSecret)");
        }

        if (missing.Count > 0)
        {
            throw new MissingCredentialsException("OAuth2 client credentials authentication", missing);
        }

        if (!TokenUrl!.IsAbsoluteUri || (TokenUrl.Scheme != Uri.UriSchemeHttps && TokenUrl.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The OAuth2 token endpoint must be an absolute http(s) URL.", nameof(TokenUrl));
        }

        if (DefaultLifetime <= TimeSpan.Zero || DefaultLifetime > OAuth2TokenRequest.MaxLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(DefaultLifetime), DefaultLifetime, "The default token lifetime must be more than zero and at most 3650 days.");
        }

        if (RefreshBeforeExpiry < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(RefreshBeforeExpiry), RefreshBeforeExpiry, "The refresh window cannot be negative.");
        }

        if (MaxTokenResponseBytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(MaxTokenResponseBytes), MaxTokenResponseBytes, "The token response bound must be more than zero bytes.");
        }
    }

    /// <inheritdoc/>
    public override string ToString() =>
        "OAuth2ClientCredentialsOptions { TokenUrl = " + (TokenUrl?.GetLeftPart(UriPartial.Path) ?? "(none)") + ", ClientId = " + Redaction.Identifier(ClientId) + ", ClientSecret = " + Redaction.Presence(ClientSecret) + ", Scopes = " + string.Join(" ", Scopes) + " }";
}
