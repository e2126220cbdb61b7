using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime.Authentication;

/// <summary>
/// A handler that authenticates each request and follows redirects itself, so credentials go only to the
/// origin they were meant for: a redirect to another scheme, host or port is followed without any of them.
/// </summary>
/// <remarks>
/// Following redirects here needs the primary handler not to follow them first; the <c>IHttpClientBuilder</c>
/// registrations of this library switch that off. An HTTPS request is never redirected to plain HTTP.
/// A hop to another origin drops this handler's headers, <c>Authorization</c>, <c>Cookie</c>, and the headers and
/// query parameters named by the request's <see cref="RequestCredentials"/> and by <see cref="AdditionalCredentials"/>.
/// </remarks>
public abstract class AuthenticatingHandler : DelegatingHandler
{
    /// <summary>The most redirects followed for one request.</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>Whether credentials may go over plain HTTP to a host that is not loopback (off unless set explicitly).</summary>
    public bool AllowInsecureHttp { get; init; }

    /// <summary>More credential names (beyond the request's own) that never follow a redirect to another origin.</summary>
    public RequestCredentials? AdditionalCredentials { get; set; }

    /// <summary>The header names this handler adds; removed before a request leaves its origin.</summary>
    protected abstract IReadOnlyCollection<string> CredentialHeaders { get; }

    /// <summary>The query parameter names this handler adds; removed from a redirect target on another origin.</summary>
    protected virtual IReadOnlyCollection<string> CredentialQueryParameters => Array.Empty<string>();

    /// <summary>Whether this handler authenticates <paramref name="request"/>; one it does not is passed on untouched.</summary>
    /// <param name="request">The request, before anything was added.</param>
    /// <returns>True unless a derived handler serves only some requests (as the security scheme handlers do).</returns>
    protected virtual bool AppliesTo(HttpRequestMessage request) => true;

    /// <summary>Adds credentials to <paramref name="request"/>, from which <see cref="CredentialHeaders"/> were removed; called again for each same-origin redirect.</summary>
    /// <param name="request">The request, its URI final for this hop.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    protected abstract ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <inheritdoc/>
    protected sealed override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        RedirectFollower.EnsurePrimaryDoesNotFollow(InnerHandler);

        // Left alone, the request keeps what outer handlers added, and an outer handler follows its redirects.
        if (!AppliesTo(request))
        {
            return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        // Whichever handler ends up following a redirect drops what this one added, not only its own names.
        RedirectFollower.RememberAdded(request, CredentialHeaders, CredentialQueryParameters);
        var response = await SendHopAsync(request, sameOrigin: true, cancellationToken).ConfigureAwait(false);
        return await RedirectFollower.FollowAsync(request, response, origin, MaxRedirects, CredentialHeaders, AdditionalCredentials, SendHopAsync, cancellationToken).ConfigureAwait(false);
    }

    private async Task<HttpResponseMessage> SendHopAsync(HttpRequestMessage request, bool sameOrigin, CancellationToken cancellationToken)
    {
        foreach (var name in CredentialHeaders)
        {
            request.Headers.Remove(name);
        }

        request.Headers.Authorization = null;
        if (sameOrigin)
        {
            EnsureSecureTransport(request.RequestUri!);
            await AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private void EnsureSecureTransport(Uri uri)
    {
        if (!LoopbackHost.MaySendCredentials(uri, AllowInsecureHttp))
        {
            throw new InvalidOperationException(
                "Credentials are not sent over plain HTTP to " + uri.Scheme + "://" + uri.Authority + "; use HTTPS, or set AllowInsecureHttp on the handler to accept the risk.");
        }
    }
}
