using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Authentication;
using CodeGen.Runtime.Credentials;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime.HuaweiCloud;

/// <summary>Sends an IAM token as <c>X-Auth-Token</c>, taken from a <see cref="HuaweiCloudTokenCache"/>.</summary>
public sealed class HuaweiCloudTokenHandler : AuthenticatingHandler
{
    /// <summary>The header carrying the token.</summary>
    public const string HeaderName = "X-Auth-Token";

    private static readonly string[] Added = { HeaderName };

    private readonly HuaweiCloudTokenCache _cache;

    /// <summary>Creates a handler that always sends <paramref name="token"/>.</summary>
    /// <param name="token">The token.</param>
    /// <exception cref="MissingCredentialsException">The token is empty.</exception>
    /// <exception cref="ArgumentException">The token contains CR, LF or NUL.</exception>
    public HuaweiCloudTokenHandler(string token)
        : this(new HuaweiCloudTokenCache(new StaticTokenProvider(Checked(token))))
    {
    }

    /// <summary>Creates a handler with its own cache over <paramref name="provider"/>.</summary>
    /// <param name="provider">The token provider.</param>
    /// <param name="timeProvider">The clock that decides expiry; the system clock by default.</param>
    public HuaweiCloudTokenHandler(IHuaweiCloudTokenProvider provider, TimeProvider? timeProvider = null)
        : this(new HuaweiCloudTokenCache(provider, timeProvider))
    {
    }

    /// <summary>Creates a handler that takes tokens from a shared cache.</summary>
    /// <param name="cache">The cache; it outlives the handler.</param>
    public HuaweiCloudTokenHandler(HuaweiCloudTokenCache cache)
    {
        _cache = cache ?? throw new ArgumentNullException(nameof(cache));
    }

    /// <inheritdoc/>
    protected override IReadOnlyCollection<string> CredentialHeaders => Added;

    /// <inheritdoc/>
    protected override async ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await _cache.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.TryAddWithoutValidation(HeaderName, token.Value);
    }

    /// <inheritdoc/>
    public override string ToString() => "HuaweiCloudTokenHandler { }";

    private static string Checked(string token)
    {
        if (string.IsNullOrWhiteSpace(token))
        {
            throw new MissingCredentialsException("Huawei Cloud token authentication", new[] { "the IAM token" });
        }

        HeaderValue.EnsureSafe(token, nameof(token));
        return token;
    }

    private sealed class StaticTokenProvider(string token) : IHuaweiCloudTokenProvider
    {
        public ValueTask<HuaweiCloudToken> GetTokenAsync(CancellationToken cancellationToken) => new(new HuaweiCloudToken(token, DateTimeOffset.MaxValue));
    }
}
