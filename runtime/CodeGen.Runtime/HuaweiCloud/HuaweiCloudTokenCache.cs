using System;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Credentials;
using Microsoft.Extensions.Logging;

namespace CodeGen.Runtime.HuaweiCloud;

/// <summary>
/// Holds the current IAM token and asks the provider for a new one shortly before it expires; concurrent
/// callers that need a new token share one call.
/// </summary>
/// <remarks>
/// Kept apart from the handler because <c>IHttpClientFactory</c> replaces handlers every few minutes; the
/// registrations keep one cache per client, so a token outlives its handlers.
/// A token is replaced <see cref="RefreshBeforeExpiry"/> before it expires, but never before half its lifetime
/// has passed, so tokens shorter-lived than that window do not cost a provider call per request. While a
/// refresh runs, or after one failed, callers keep using the current token as long as it is valid.
/// </remarks>
public sealed class HuaweiCloudTokenCache : IDisposable
{
    private readonly RefreshingTokenCache _cache;

    /// <summary>Creates a cache over <paramref name="provider"/>.</summary>
    /// <param name="provider">The token provider.</param>
    /// <param name="timeProvider">The clock that decides expiry; the system clock by default.</param>
    /// <param name="logger">Receives failed refreshes that a still-valid token covered (without the token or the provider's message).</param>
    public HuaweiCloudTokenCache(IHuaweiCloudTokenProvider provider, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        _cache = new RefreshingTokenCache(
            async cancellationToken =>
            {
                var token = await provider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
                return new ExpiringToken(token.Value, token.ExpiresAt);
            },
            "Huawei Cloud token provider",
            "Huawei Cloud token authentication",
            timeProvider,
            logger);
    }

    /// <summary>How long before expiry a token is replaced (at most half its lifetime).</summary>
    public TimeSpan RefreshBeforeExpiry
    {
        get => _cache.RefreshBeforeExpiry;
        init => _cache.RefreshBeforeExpiry = value;
    }

    /// <summary>The current token, fetched or refreshed when needed.</summary>
    /// <param name="cancellationToken">Cancels waiting for or fetching the token.</param>
    /// <exception cref="MissingCredentialsException">The provider returned an empty token and no valid one is cached.</exception>
    /// <exception cref="ArgumentException">The provider returned a token with CR, LF or NUL and no valid one is cached.</exception>
    public async ValueTask<HuaweiCloudToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var token = await _cache.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        return new HuaweiCloudToken(token.Value, token.ExpiresAt);
    }

    /// <inheritdoc/>
    public void Dispose() => _cache.Dispose();
}
