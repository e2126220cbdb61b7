using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Credentials;
using Microsoft.Extensions.Logging;

namespace CodeGen.Runtime.Authentication;

/// <summary>
/// Holds the current OAuth2 access token of a client credentials flow and asks the token endpoint for a new one
/// shortly before it expires; concurrent callers that need a new token share one request.
/// </summary>
/// <remarks>
/// Refreshed like the Huawei Cloud IAM token: <see cref="OAuth2ClientCredentialsOptions.RefreshBeforeExpiry"/> before
/// expiry but never before half its lifetime, and a failed refresh keeps the current token while it is valid. Kept
/// apart from the handler because <c>IHttpClientFactory</c> replaces handlers every few minutes.
/// </remarks>
public sealed class OAuth2TokenCache : IDisposable
{
    private readonly RefreshingTokenCache _cache;

    /// <summary>Creates a cache.</summary>
    /// <param name="options">The flow's settings; checked now, so a missing one fails before any request.</param>
    /// <param name="tokenClient">Gives the client that calls the token endpoint; it must not follow redirects.</param>
    /// <param name="timeProvider">The clock that decides expiry; the system clock by default.</param>
    /// <param name="logger">Receives failed refreshes that a still-valid token covered (the exception type only).</param>
    /// <exception cref="MissingCredentialsException">The token endpoint, client id or secret is missing.</exception>
    public OAuth2TokenCache(OAuth2ClientCredentialsOptions options, Func<HttpMessageInvoker> tokenClient, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokenClient);
        options.Validate();
        var time = timeProvider ?? TimeProvider.System;
        _cache = new RefreshingTokenCache(
            cancellationToken => OAuth2TokenRequest.SendAsync(tokenClient(), options, time, cancellationToken),
            "OAuth2 token endpoint",
            "OAuth2 client credentials authentication",
            time,
            logger)
        {
            RefreshBeforeExpiry = options.RefreshBeforeExpiry,
        };
        AllowInsecureHttp = options.AllowInsecureHttp;
    }

    /// <summary>Whether the tokens may go over plain HTTP to a host that is not loopback.</summary>
    public bool AllowInsecureHttp { get; }

    /// <summary>The current access token, fetched or refreshed when needed.</summary>
    /// <param name="cancellationToken">Cancels waiting for or fetching the token.</param>
    /// <exception cref="OAuth2TokenException">The endpoint refused, and no valid token is cached.</exception>
    public async ValueTask<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var token = await _cache.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        return token.Value;
    }

    /// <inheritdoc/>
    public void Dispose() => _cache.Dispose();

    /// <inheritdoc/>
    public override string ToString() => "OAuth2TokenCache { }";
}
