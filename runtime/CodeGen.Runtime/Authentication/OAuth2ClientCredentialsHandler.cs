using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Authentication;

/// <summary>Sends an OAuth2 access token from the client credentials flow as <c>Authorization: Bearer</c>, taken from an <see cref="OAuth2TokenCache"/>.</summary>
public sealed class OAuth2ClientCredentialsHandler : SecuritySchemeHandler
{
    private readonly OAuth2TokenCache _cache;

    /// <summary>Creates a handler that takes tokens from a cache.</summary>
    /// <param name="cache">The cache; it outlives the handler.</param>
    public OAuth2ClientCredentialsHandler(OAuth2TokenCache cache)
    {
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
        AllowInsecureHttp = cache.AllowInsecureHttp;
    }

    /// <inheritdoc/>
    protected override IReadOnlyCollection<string> CredentialHeaders => Array.Empty<string>();

    /// <inheritdoc/>
    protected override async ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await _cache.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
    }

    /// <inheritdoc/>
    public override string ToString() => "OAuth2ClientCredentialsHandler { Scheme = " + (SchemeName ?? "(any)") + " }";
}
