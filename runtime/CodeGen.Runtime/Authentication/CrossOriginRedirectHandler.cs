using System;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime.Authentication;

/// <summary>
/// Follows redirects for a client, dropping every credential on a hop to another scheme, host or port:
/// <c>Authorization</c>, <c>Cookie</c>, and the headers and query parameters named by the request's
/// <see cref="RequestCredentials"/> and by <see cref="AdditionalCredentials"/>. An HTTPS request is never redirected to plain HTTP.
/// </summary>
/// <remarks>
/// The primary handler must not follow redirects itself (<c>AllowAutoRedirect = false</c>; the generated
/// <c>Add{Client}</c> registrations switch it off). When an authentication handler of this library sits further in,
/// it follows the redirects, with the same rules, and this handler leaves its answer as it is.
/// </remarks>
public sealed class CrossOriginRedirectHandler : DelegatingHandler
{
    /// <summary>The most redirects followed for one request.</summary>
    public int MaxRedirects { get; init; } = 10;

    /// <summary>More credential names (beyond the request's own) that never follow a redirect to another origin.</summary>
    public RequestCredentials? AdditionalCredentials { get; set; }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var origin = request.RequestUri ?? throw new InvalidOperationException("The request has no URI.");
        RedirectFollower.EnsurePrimaryDoesNotFollow(InnerHandler);
        var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
        return RedirectFollower.AlreadyFollowed(request)
            ? response
            : await RedirectFollower.FollowAsync(request, response, origin, MaxRedirects, Array.Empty<string>(), AdditionalCredentials, (hop, _, token) => base.SendAsync(hop, token), cancellationToken).ConfigureAwait(false);
    }
}
