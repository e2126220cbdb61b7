using System;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Credentials;
using CodeGen.Runtime.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

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
    // However short-lived the tokens or however often the provider fails, it is not asked again sooner than this.
    private static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(1);

    private static readonly Action<ILogger, string, DateTimeOffset, DateTimeOffset, Exception?> RefreshFailed = LoggerMessage.Define<string, DateTimeOffset, DateTimeOffset>(
        LogLevel.Warning,
        new EventId(1, "TokenRefreshFailed"),
        "The Huawei Cloud token provider failed ({ExceptionType}); the current token, valid until {ExpiresAt:O}, stays in use and the refresh is tried again at {RetryAt:O}.");

    private readonly IHuaweiCloudTokenProvider _provider;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refresh = new(1, 1);

    // One reference, so a reader never sees a token paired with another token's refresh time.
    private volatile Entry? _current;

    /// <summary>Creates a cache over <paramref name="provider"/>.</summary>
    /// <param name="provider">The token provider.</param>
    /// <param name="timeProvider">The clock that decides expiry; the system clock by default.</param>
    /// <param name="logger">Receives failed refreshes that a still-valid token covered (without the token or the provider's message).</param>
    public HuaweiCloudTokenCache(IHuaweiCloudTokenProvider provider, TimeProvider? timeProvider = null, ILogger? logger = null)
    {
        _provider = provider ?? throw new ArgumentNullException(nameof(provider));
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    /// <summary>How long before expiry a token is replaced (at most half its lifetime).</summary>
    public TimeSpan RefreshBeforeExpiry { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>The current token, fetched or refreshed when needed.</summary>
    /// <param name="cancellationToken">Cancels waiting for or fetching the token.</param>
    /// <exception cref="MissingCredentialsException">The provider returned an empty token and no valid one is cached.</exception>
    /// <exception cref="ArgumentException">The provider returned a token with CR, LF or NUL and no valid one is cached.</exception>
    public async ValueTask<HuaweiCloudToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        var now = _time.GetUtcNow();
        if (current is not null && current.IsValidAt(now))
        {
            // Another caller is refreshing: the valid token serves meanwhile instead of queueing behind the provider.
            if (now < current.RefreshAt || !_refresh.Wait(0))
            {
                return current.Token;
            }
        }
        else
        {
            await _refresh.WaitAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            return await RefreshAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _refresh.Dispose();

    private async ValueTask<HuaweiCloudToken> RefreshAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        var now = _time.GetUtcNow();
        if (current is not null && current.IsValidAt(now) && now < current.RefreshAt)
        {
            return current.Token;
        }

        HuaweiCloudToken token;
        try
        {
            token = await _provider.GetTokenAsync(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(token.Value))
            {
                throw new MissingCredentialsException("Huawei Cloud token authentication", new[] { "the IAM token (the provider returned an empty one)" });
            }

            HeaderValue.EnsureSafe(token.Value, "token");
        }
        catch (Exception exception) when (current is not null && current.IsValidAt(now) && !cancellationToken.IsCancellationRequested)
        {
            var retryAt = now + Max((current.Token.ExpiresAt - now) / 2, MinimumRefreshInterval);
            _current = current with { RefreshAt = retryAt };

            // The type only: a provider's message may quote what IAM answered, credentials included.
            RefreshFailed(_logger, exception.GetType().FullName ?? exception.GetType().Name, current.Token.ExpiresAt, retryAt, null);
            return current.Token;
        }

        _current = new Entry(token, PlanRefresh(token.ExpiresAt, _time.GetUtcNow()));
        return token;
    }

    private DateTimeOffset PlanRefresh(DateTimeOffset expiresAt, DateTimeOffset now)
    {
        if (expiresAt == DateTimeOffset.MaxValue)
        {
            return DateTimeOffset.MaxValue;
        }

        var lifetime = expiresAt - now;
        return lifetime <= TimeSpan.Zero ? now : now + Max(Max(lifetime - RefreshBeforeExpiry, lifetime / 2), MinimumRefreshInterval);
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;

    private sealed record Entry(HuaweiCloudToken Token, DateTimeOffset RefreshAt)
    {
        public bool IsValidAt(DateTimeOffset now) => Token.ExpiresAt == DateTimeOffset.MaxValue || now < Token.ExpiresAt;
    }
}
