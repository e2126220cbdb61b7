using System;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Credentials;

namespace CodeGen.Runtime.HuaweiCloud;

/// <summary>
/// Holds the current IAM token and asks the provider for a new one shortly before it expires; concurrent
/// callers that find it expired share one call.
/// </summary>
/// <remarks>
/// Kept apart from the handler because <c>IHttpClientFactory</c> replaces handlers every few minutes; the
/// registrations keep one cache per client, so a token outlives its handlers.
/// </remarks>
public sealed class HuaweiCloudTokenCache : IDisposable
{
    private readonly IHuaweiCloudTokenProvider _provider;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refresh = new(1, 1);

    // A reference, so a reader never sees half of a token being replaced.
    private volatile StrongBox<HuaweiCloudToken>? _current;

    /// <summary>Creates a cache over <paramref name="provider"/>.</summary>
    /// <param name="provider">The token provider.</param>
    /// <param name="timeProvider">The clock that decides expiry; the system clock by default.</param>
    public HuaweiCloudTokenCache(IHuaweiCloudTokenProvider provider, TimeProvider? timeProvider = null)
    {
        _provider = provider ?? throw new ArgumentNullException(nameof(provider));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How long before expiry a token is replaced.</summary>
    public TimeSpan RefreshBeforeExpiry { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The current token, fetched or refreshed when needed.</summary>
    /// <param name="cancellationToken">Cancels waiting for or fetching the token.</param>
    /// <exception cref="MissingCredentialsException">The provider returned an empty token.</exception>
    public async ValueTask<HuaweiCloudToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (_current is { } fresh && IsFresh(fresh.Value))
        {
            return fresh.Value;
        }

        await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_current is { } refreshed && IsFresh(refreshed.Value))
            {
                return refreshed.Value;
            }

            var token = await _provider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(token.Value))
            {
                throw new MissingCredentialsException("Huawei Cloud token authentication", new[] { "the IAM token (the provider returned an empty one)" });
            }

            _current = new StrongBox<HuaweiCloudToken>(token);
            return token;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _refresh.Dispose();

    private bool IsFresh(HuaweiCloudToken token)
    {
        if (token.ExpiresAt == DateTimeOffset.MaxValue)
        {
            return true;
        }

        var now = _time.GetUtcNow();
        return now < token.ExpiresAt && token.ExpiresAt - now > RefreshBeforeExpiry;
    }
}
