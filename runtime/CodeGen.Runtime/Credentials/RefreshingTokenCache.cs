using System;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CodeGen.Runtime.Credentials;

/// <summary>A token value and when it stops being valid (<see cref="DateTimeOffset.MaxValue"/>: never).</summary>
internal readonly record struct ExpiringToken(string Value, DateTimeOffset ExpiresAt)
{
    public override string ToString() => "ExpiringToken { Value = " + Redaction.Presence(Value) + " }";
}

/// <summary>
/// Holds the current token and fetches a new one shortly before it expires; concurrent callers that need a new
/// token share one fetch. The Huawei Cloud IAM token and OAuth2 access tokens are both cached by it.
/// </summary>
/// <remarks>
/// A token is replaced <see cref="RefreshBeforeExpiry"/> before it expires, but never before half its lifetime
/// has passed, so tokens shorter-lived than that window do not cost a fetch per request. While a refresh runs,
/// or after one failed, callers keep using the current token as long as it is valid. Callers that queued behind a
/// fetch that failed share its failure instead of asking the source once each; the failure is not kept for later callers.
/// </remarks>
internal sealed class RefreshingTokenCache : IDisposable
{
    // However short-lived the tokens or however often the source fails, it is not asked again sooner than this.
    private static readonly TimeSpan MinimumRefreshInterval = TimeSpan.FromSeconds(1);

    private static readonly Action<ILogger, string, string, DateTimeOffset, DateTimeOffset, Exception?> RefreshFailed = LoggerMessage.Define<string, string, DateTimeOffset, DateTimeOffset>(
        LogLevel.Warning,
        new EventId(1, "TokenRefreshFailed"),
        "The {TokenSource} failed ({ExceptionType}); the current token, valid until {ExpiresAt:O}, stays in use and the refresh is tried again at {RetryAt:O}.");

    private readonly Func<CancellationToken, ValueTask<ExpiringToken>> _fetch;
    private readonly string _source;
    private readonly string _authentication;
    private readonly TimeProvider _time;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _refresh = new(1, 1);

    // One reference, so a reader never sees a token paired with another token's refresh time.
    private volatile Entry? _current;

    // Counts finished fetches, so a caller can tell whether the failure on record came from a fetch it queued behind.
    private long _fetchesFinished;
    private Failure? _lastFailure;

    /// <param name="fetch">Fetches a fresh token.</param>
    /// <param name="source">Names the token source in logs, e.g. "Huawei Cloud token provider".</param>
    /// <param name="authentication">Names the authentication in exceptions, e.g. "OAuth2 client credentials authentication".</param>
    /// <param name="timeProvider">The clock that decides expiry.</param>
    /// <param name="logger">Receives failed refreshes that a still-valid token covered (the exception type only).</param>
    public RefreshingTokenCache(Func<CancellationToken, ValueTask<ExpiringToken>> fetch, string source, string authentication, TimeProvider? timeProvider, ILogger? logger)
    {
        _fetch = fetch;
        _source = source;
        _authentication = authentication;
        _time = timeProvider ?? TimeProvider.System;
        _logger = logger ?? NullLogger.Instance;
    }

    // Settable after construction so the public caches can pass their own init-only setting through.
    public TimeSpan RefreshBeforeExpiry { get; set; } = TimeSpan.FromMinutes(5);

    /// <exception cref="MissingCredentialsException">The source returned an empty token and no valid one is cached.</exception>
    /// <exception cref="ArgumentException">The source returned a token with CR, LF or NUL and no valid one is cached.</exception>
    public async ValueTask<ExpiringToken> GetTokenAsync(CancellationToken cancellationToken)
    {
        var current = _current;
        var now = _time.GetUtcNow();
        var finishedBefore = Interlocked.Read(ref _fetchesFinished);
        if (current is not null && current.IsValidAt(now))
        {
            // Another caller is refreshing: the valid token serves meanwhile instead of queueing behind the source.
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
            return await RefreshAsync(finishedBefore, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _refresh.Release();
        }
    }

    public void Dispose() => _refresh.Dispose();

    private async ValueTask<ExpiringToken> RefreshAsync(long finishedBefore, CancellationToken cancellationToken)
    {
        var current = _current;
        var now = _time.GetUtcNow();
        if (current is not null && current.IsValidAt(now) && now < current.RefreshAt)
        {
            return current.Token;
        }

        // The fetch this caller waited for failed: the source is not asked again for each caller that queued behind it.
        if (_lastFailure is { } failure && failure.Fetch > finishedBefore)
        {
            failure.Exception.Throw();
        }

        ExpiringToken token;
        try
        {
            token = await _fetch(cancellationToken).ConfigureAwait(false);
            if (string.IsNullOrWhiteSpace(token.Value))
            {
                throw new MissingCredentialsException(_authentication, new[] { "the token (the " + _source + " returned an empty one)" });
            }

            HeaderValue.EnsureSafe(token.Value, "token");
        }
        catch (Exception exception) when (current is not null && current.IsValidAt(now) && !cancellationToken.IsCancellationRequested)
        {
            var retryAt = now + Max((current.Token.ExpiresAt - now) / 2, MinimumRefreshInterval);
            _current = current with { RefreshAt = retryAt };

            // The type only: a source's message may quote what the server answered, credentials included.
            RefreshFailed(_logger, _source, exception.GetType().FullName ?? exception.GetType().Name, current.Token.ExpiresAt, retryAt, null);
            return current.Token;
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A fetch cancelled by its own caller is no answer from the source; the others try for themselves.
            _lastFailure = new Failure(Interlocked.Increment(ref _fetchesFinished), ExceptionDispatchInfo.Capture(exception));
            throw;
        }

        Interlocked.Increment(ref _fetchesFinished);
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

    private sealed record Failure(long Fetch, ExceptionDispatchInfo Exception);

    private sealed record Entry(ExpiringToken Token, DateTimeOffset RefreshAt)
    {
        public bool IsValidAt(DateTimeOffset now) => Token.ExpiresAt == DateTimeOffset.MaxValue || now < Token.ExpiresAt;
    }
}
