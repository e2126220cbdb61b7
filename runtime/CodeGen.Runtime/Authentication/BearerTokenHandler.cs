using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Credentials;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime.Authentication;

/// <summary>Sends a fixed token as <c>Authorization: Bearer</c> (an OpenAPI <c>http</c> <c>bearer</c> scheme).</summary>
public sealed class BearerTokenHandler : SecuritySchemeHandler
{
    private readonly AuthenticationHeaderValue _authorization;

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The token; checked now, so a missing one fails before any request.</param>
    /// <exception cref="MissingCredentialsException">The token is missing or empty.</exception>
    /// <exception cref="ArgumentException">The token contains CR, LF or NUL.</exception>
    public BearerTokenHandler(BearerTokenOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrWhiteSpace(options.Token))
        {
            throw new MissingCredentialsException("Bearer token authentication", new[] { "the token (Token)" });
        }

        HeaderValue.EnsureSafe(options.Token, "Token");
        _authorization = new AuthenticationHeaderValue("Bearer", options.Token);
        AllowInsecureHttp = options.AllowInsecureHttp;
    }

    /// <inheritdoc/>
    protected override IReadOnlyCollection<string> CredentialHeaders => Array.Empty<string>();

    /// <inheritdoc/>
    protected override ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = _authorization;
        return default;
    }

    /// <inheritdoc/>
    public override string ToString() => "BearerTokenHandler { Scheme = " + (SchemeName ?? "(any)") + ", Token = " + Redaction.Secret + " }";
}
