using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Credentials;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime.Authentication;

/// <summary>Sends the key of an OpenAPI <c>apiKey</c> security scheme in a header, a query parameter or a cookie.</summary>
/// <remarks>
/// On a redirect to another origin the header, the query parameter and the cookie are all dropped; on a
/// same-origin redirect the key is sent once more, replacing any copy the new location carries.
/// </remarks>
public sealed class ApiKeyHandler : SecuritySchemeHandler
{
    private readonly ApiKeyLocation _location;
    private readonly string _name;
    private readonly string _key;
    private readonly string[] _headers;
    private readonly string[] _query;

    /// <summary>Creates the handler.</summary>
    /// <param name="location">Where the key goes.</param>
    /// <param name="name">The header, query parameter or cookie name.</param>
    /// <param name="options">The key; checked now, so a missing one fails before any request.</param>
    /// <exception cref="MissingCredentialsException">The key is missing or empty.</exception>
    /// <exception cref="ArgumentException">The name is empty, a header or cookie name is not an HTTP token, or the key or name contains CR, LF or NUL.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The location is not one of <see cref="ApiKeyLocation"/>.</exception>
    public ApiKeyHandler(ApiKeyLocation location, string name, ApiKeyOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentNullException.ThrowIfNull(options);
        if (location is not (ApiKeyLocation.Header or ApiKeyLocation.Query or ApiKeyLocation.Cookie))
        {
            throw new ArgumentOutOfRangeException(nameof(location), location, "The API key goes in a header, a query parameter or a cookie.");
        }

        // Checked here, not at the first request, where a header name with a space or colon would fail or vanish.
        if (location != ApiKeyLocation.Query)
        {
            HeaderValue.EnsureToken(name, nameof(name));
        }
        if (string.IsNullOrWhiteSpace(options.ApiKey))
        {
            throw new MissingCredentialsException("API key authentication (" + name + ")", new[] { "the API key (ApiKey)" });
        }

        HeaderValue.EnsureSafe(name, nameof(name));
        HeaderValue.EnsureSafe(options.ApiKey, "ApiKey");
        _location = location;
        _name = name;
        _key = options.ApiKey;
        _headers = location == ApiKeyLocation.Header ? new[] { name } : Array.Empty<string>();
        _query = location == ApiKeyLocation.Query ? new[] { name } : Array.Empty<string>();
        AllowInsecureHttp = options.AllowInsecureHttp;
    }

    /// <inheritdoc/>
    protected override IReadOnlyCollection<string> CredentialHeaders => _headers;

    /// <inheritdoc/>
    protected override IReadOnlyCollection<string> CredentialQueryParameters => _query;

    /// <inheritdoc/>
    protected override ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        switch (_location)
        {
            case ApiKeyLocation.Header:
                request.Headers.TryAddWithoutValidation(_name, _key);
                break;
            case ApiKeyLocation.Query:
                var uri = RedirectFollower.WithoutQueryParameters(request.RequestUri!, _query);
                var pair = Uri.EscapeDataString(_name) + "=" + Uri.EscapeDataString(_key);
                var query = uri.Query.Length > 1 ? uri.Query + "&" + pair : "?" + pair;
                request.RequestUri = RequestUri.Create(uri.GetLeftPart(UriPartial.Path) + query + uri.Fragment);
                break;
            case ApiKeyLocation.Cookie:
                // Other cookies of the request (cookie parameters) stay; only this scheme's cookie is replaced.
                var prefix = Uri.EscapeDataString(_name) + "=";
                var others = request.Headers.TryGetValues("Cookie", out var values)
                    ? values.SelectMany(v => v.Split(';')).Select(c => c.Trim()).Where(c => c.Length > 0 && !c.StartsWith(prefix, StringComparison.Ordinal)).ToList()
                    : new List<string>();
                others.Add(prefix + Uri.EscapeDataString(_key));
                request.Headers.Remove("Cookie");
                request.Headers.TryAddWithoutValidation("Cookie", string.Join("; ", others));
                break;
        }

        return default;
    }

    /// <inheritdoc/>
    public override string ToString() => "ApiKeyHandler { Scheme = " + (SchemeName ?? "(any)") + ", In = " + _location + ", Name = " + _name + ", ApiKey = " + Redaction.Secret + " }";
}
