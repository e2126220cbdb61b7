using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Authentication;

/// <summary>
/// A handler that authenticates each request and follows redirects itself, so credentials go only to the
/// origin they were meant for: a redirect to another scheme, host or port is followed without any of them.
/// </summary>
/// <remarks>
/// Following redirects here needs the primary handler not to follow them first; the <c>IHttpClientBuilder</c>
/// registrations of this library switch that off. An HTTPS request is never redirected to plain HTTP.
/// </remarks>
public abstract class AuthenticatingHandler : DelegatingHandler
{
    /// <summary>The most redirects followed for one request.</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>Whether credentials may go over plain HTTP to a host that is not loopback (off unless set explicitly).</summary>
    public bool AllowInsecureHttp { get; init; }

    /// <summary>The header names this handler adds; removed before a request leaves its origin.</summary>
    protected abstract IReadOnlyCollection<string> CredentialHeaders { get; }

    /// <summary>Adds credentials to <paramref name="request"/>, from which <see cref="CredentialHeaders"/> were removed; called again for each same-origin redirect.</summary>
    /// <param name="request">The request, its URI final for this hop.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    protected abstract ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken);

    /// <inheritdoc/>
    protected sealed override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        EnsureRedirectsAreOurs();
        EnsureSecureTransport(origin);
        RemoveCredentials(request);
        await AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);

        for (var hop = 0; hop < MaxRedirects && RedirectTarget(request, response) is { } target; hop++)
        {
            response.Dispose();
            if (ChangesToGet(response.StatusCode, request.Method))
            {
                request.Method = HttpMethod.Get;
                request.Content = null;
            }

            request.RequestUri = target;
            request.Headers.Host = null;
            RemoveCredentials(request);
            if (SameOrigin(origin, target))
            {
                EnsureSecureTransport(target);
                await AuthenticateAsync(request, cancellationToken).ConfigureAwait(false);
            }

            response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    private void RemoveCredentials(HttpRequestMessage request)
    {
        foreach (var name in CredentialHeaders)
        {
            request.Headers.Remove(name);
        }

        request.Headers.Authorization = null;
    }

    private void EnsureSecureTransport(Uri uri)
    {
        if (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback && !AllowInsecureHttp)
        {
            throw new InvalidOperationException(
                "Credentials are not sent over plain HTTP to " + uri.Scheme + "://" + uri.Authority + "; use HTTPS, or set AllowInsecureHttp on the handler to accept the risk.");
        }
    }

    /// <summary>A primary handler that follows redirects itself would carry custom credential headers to other hosts.</summary>
    private void EnsureRedirectsAreOurs()
    {
        for (var inner = InnerHandler; inner is not null; inner = (inner as DelegatingHandler)?.InnerHandler)
        {
            var follows = inner switch
            {
                SocketsHttpHandler sockets => sockets.AllowAutoRedirect,
                HttpClientHandler client => client.AllowAutoRedirect,
                _ => false,
            };
            if (follows)
            {
                throw new InvalidOperationException(
                    "The primary HTTP handler follows redirects itself, which would send credentials to other hosts; set AllowAutoRedirect = false on it (the IHttpClientBuilder registrations of this library do).");
            }
        }
    }

    private static Uri? RedirectTarget(HttpRequestMessage request, HttpResponseMessage response)
    {
        if (response.StatusCode is not (HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
                or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect) ||
            response.Headers.Location is not { } location ||
            request.RequestUri is not { } current)
        {
            return null;
        }

        var target = location.IsAbsoluteUri ? location : new Uri(current, location);
        var allowed = target.Scheme == Uri.UriSchemeHttps || (target.Scheme == Uri.UriSchemeHttp && current.Scheme == Uri.UriSchemeHttp);
        return allowed ? target : null;
    }

    private static bool ChangesToGet(HttpStatusCode status, HttpMethod method) =>
        status == HttpStatusCode.SeeOther ? method != HttpMethod.Head
        : status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found && method == HttpMethod.Post;

    private static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) &&
        a.Port == b.Port;
}
