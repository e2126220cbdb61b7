using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Authentication;
using CodeGen.Runtime.Credentials;

namespace CodeGen.Runtime.HuaweiCloud;

/// <summary>Sends an IAM token as <c>X-Auth-Token</c>, asking the provider again shortly before it expires.</summary>
/// <remarks>Concurrent requests that find the token expired share one call to the provider.</remarks>
public sealed class HuaweiCloudTokenHandler : AuthenticatingHandler
{
    /// <summary>The header carrying the token.</summary>
    public const string HeaderName = "X-Auth-Token";

    private static readonly string[] Added = { HeaderName };

    private readonly IHuaweiCloudTokenProvider _provider;
    private readonly TimeProvider _time;
    private readonly SemaphoreSlim _refresh = new(1, 1);
    // A reference, so a reader never sees half of a token being replaced.
    private volatile StrongBox<HuaweiCloudToken>? _current;

    /// <summary>Creates a handler that always sends <paramref name="token"/>.</summary>
    /// <param name="token">The token.</param>
    /// <exception cref="MissingCredentialsException">The token is empty.</exception>
    public HuaweiCloudTokenHandler(string token)
        : this(new StaticTokenProvider(string.IsNullOrWhiteSpace(token)
            ? throw new MissingCredentialsException("Huawei Cloud token authentication", new[] { "the IAM token" })
            : token))
    {
    }

    /// <summary>Creates a handler that asks <paramref name="provider"/> for tokens.</summary>
    /// <param name="provider">The token provider.</param>
    /// <param name="timeProvider">The clock that decides expiry; the system clock by default.</param>
    public HuaweiCloudTokenHandler(IHuaweiCloudTokenProvider provider, TimeProvider? timeProvider = null)
    {
        _provider = provider ?? throw new ArgumentNullException(nameof(provider));
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>How long before expiry a token is replaced.</summary>
    public TimeSpan RefreshBeforeExpiry { get; init; } = TimeSpan.FromMinutes(5);

    /// <inheritdoc/>
    protected override IReadOnlyCollection<string> CredentialHeaders => Added;

    /// <inheritdoc/>
    protected override async ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await CurrentTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Remove(HeaderName);
        request.Headers.TryAddWithoutValidation(HeaderName, token.Value);
    }

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _refresh.Dispose();
        }

        base.Dispose(disposing);
    }

    private async ValueTask<HuaweiCloudToken> CurrentTokenAsync(CancellationToken cancellationToken)
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

    private bool IsFresh(HuaweiCloudToken token) =>
        token.ExpiresAt == DateTimeOffset.MaxValue || _time.GetUtcNow() < token.ExpiresAt - RefreshBeforeExpiry;

    private sealed class StaticTokenProvider(string token) : IHuaweiCloudTokenProvider
    {
        public ValueTask<HuaweiCloudToken> GetTokenAsync(CancellationToken cancellationToken) => new(new HuaweiCloudToken(token, DateTimeOffset.MaxValue));
    }
}
