using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime.Authentication;

/// <summary>
/// Follows redirects for the handlers of this library, so that no credential leaves its origin: on a hop to another
/// scheme, host or port, every credential-bearing header and query parameter is removed first.
/// </summary>
internal static class RedirectFollower
{
    // Set on a request whose redirects a handler has followed, so an outer handler does not follow them again.
    private static readonly HttpRequestOptionsKey<bool> Followed = new("CodeGen.Runtime.RedirectsFollowed");

    // The names the authentication handlers of this request added, for whichever of them follows the redirects.
    private static readonly HttpRequestOptionsKey<List<(IReadOnlyCollection<string> Headers, IReadOnlyCollection<string> QueryParameters)>> Added = new("CodeGen.Runtime.AddedCredentials");

    // Dropped on every cross-origin hop, whoever added them.
    private static readonly string[] AlwaysCredentials = { "Authorization", "Cookie" };

    /// <summary>Sends one hop; <c>sameOrigin</c> says whether the handler may authenticate it.</summary>
    public delegate Task<HttpResponseMessage> Hop(HttpRequestMessage request, bool sameOrigin, CancellationToken cancellationToken);

    /// <summary>Records the header and query names a handler adds to <paramref name="request"/>.</summary>
    public static void RememberAdded(HttpRequestMessage request, IReadOnlyCollection<string> headers, IReadOnlyCollection<string> queryParameters)
    {
        if (headers.Count == 0 && queryParameters.Count == 0)
        {
            return;
        }

        // The handlers' own collections are kept, not copied: this runs on every authenticated request.
        if (!request.Options.TryGetValue(Added, out var added))
        {
            added = new(2);
            request.Options.Set(Added, added);
        }

        added.Add((headers, queryParameters));
    }

    public static bool AlreadyFollowed(HttpRequestMessage request) => request.Options.TryGetValue(Followed, out var followed) && followed;

    /// <summary>Follows up to <paramref name="maxRedirects"/> redirects from <paramref name="response"/>, returning the last response.</summary>
    /// <param name="request">The request, already sent once.</param>
    /// <param name="response">Its response.</param>
    /// <param name="origin">The URI the request was first sent to.</param>
    /// <param name="maxRedirects">The most hops.</param>
    /// <param name="ownHeaders">The headers the calling handler adds.</param>
    /// <param name="configured">Names the user listed for the client, or null.</param>
    /// <param name="send">Sends one hop.</param>
    /// <param name="cancellationToken">Cancels the hops.</param>
    public static async Task<HttpResponseMessage> FollowAsync(
        HttpRequestMessage request,
        HttpResponseMessage response,
        Uri origin,
        int maxRedirects,
        IReadOnlyCollection<string> ownHeaders,
        RequestCredentials? configured,
        Hop send,
        CancellationToken cancellationToken)
    {
        request.Options.Set(Followed, true);
        for (var hop = 0; hop < maxRedirects && RedirectTarget(request, response) is { } target; hop++)
        {
            response.Dispose();
            if (ChangesToGet(response.StatusCode, request.Method))
            {
                request.Method = HttpMethod.Get;
                request.Content = null;
            }

            var sameOrigin = SameOrigin(origin, target);
            if (!sameOrigin)
            {
                var marked = RequestCredentials.Of(request);
                RemoveHeaders(request, AlwaysCredentials);
                RemoveHeaders(request, ownHeaders);
                RemoveHeaders(request, marked?.Headers);
                RemoveHeaders(request, configured?.Headers);
                target = WithoutQueryParameters(WithoutQueryParameters(target, marked?.QueryParameters), configured?.QueryParameters);
                foreach (var (headers, queryParameters) in request.Options.TryGetValue(Added, out var added) ? added : Enumerable.Empty<(IReadOnlyCollection<string>, IReadOnlyCollection<string>)>())
                {
                    RemoveHeaders(request, headers);
                    target = WithoutQueryParameters(target, queryParameters as IReadOnlyList<string> ?? queryParameters.ToArray());
                }
            }

            request.RequestUri = target;
            request.Headers.Host = null;
            response = await send(request, sameOrigin, cancellationToken).ConfigureAwait(false);
        }

        return response;
    }

    /// <summary>A primary handler that follows redirects itself would carry credentials to other hosts.</summary>
    public static void EnsurePrimaryDoesNotFollow(HttpMessageHandler? inner)
    {
        for (; inner is not null; inner = (inner as DelegatingHandler)?.InnerHandler)
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

    public static bool SameOrigin(Uri a, Uri b) =>
        string.Equals(a.Scheme, b.Scheme, StringComparison.OrdinalIgnoreCase) &&
        string.Equals(a.IdnHost, b.IdnHost, StringComparison.OrdinalIgnoreCase) &&
        a.Port == b.Port;

    private static void RemoveHeaders(HttpRequestMessage request, IEnumerable<string>? names)
    {
        foreach (var name in names ?? Enumerable.Empty<string>())
        {
            request.Headers.Remove(name);
        }
    }

    /// <summary>The URI without the query pairs named in <paramref name="names"/> (a server may echo them into its Location).</summary>
    internal static Uri WithoutQueryParameters(Uri target, IReadOnlyList<string>? names)
    {
        if (names is not { Count: > 0 } || target.Query.Length <= 1)
        {
            return target;
        }

        var kept = new StringBuilder();
        var removed = false;
        foreach (var pair in target.Query[1..].Split('&'))
        {
            var equals = pair.IndexOf('=');
            var key = Uri.UnescapeDataString((equals < 0 ? pair : pair[..equals]).Replace('+', ' '));
            if (names.Contains(key, StringComparer.Ordinal))
            {
                removed = true;
                continue;
            }

            kept.Append(kept.Length == 0 ? '?' : '&').Append(pair);
        }

        return removed ? RequestUri.Create(target.GetLeftPart(UriPartial.Path) + kept + target.Fragment) : target;
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
}
