using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace CodeGen.Runtime.Http;

/// <summary>
/// Names of headers and query parameters that carry credentials (an OpenAPI <c>apiKey</c> scheme, or a name the
/// user lists): a redirect to another origin drops them, besides <c>Authorization</c> and <c>Cookie</c>, which it always drops.
/// </summary>
/// <remarks>Generated clients attach the names their spec declares to every request with <see cref="Mark"/>.</remarks>
public sealed class RequestCredentials
{
    /// <summary>The request option that carries the names.</summary>
    public static readonly HttpRequestOptionsKey<RequestCredentials> OptionsKey = new("CodeGen.Runtime.RequestCredentials");

    /// <summary>Creates a set of names.</summary>
    /// <param name="headers">Header names (case-insensitive).</param>
    /// <param name="queryParameters">Query parameter names (case-sensitive, as URLs are).</param>
    public RequestCredentials(IEnumerable<string> headers, IEnumerable<string> queryParameters)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(queryParameters);
        Headers = headers.Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        QueryParameters = queryParameters.Distinct(StringComparer.Ordinal).ToArray();
    }

    /// <summary>The header names.</summary>
    public IReadOnlyList<string> Headers { get; }

    /// <summary>The query parameter names.</summary>
    public IReadOnlyList<string> QueryParameters { get; }

    /// <summary>Attaches <paramref name="credentials"/> to <paramref name="request"/>, for the redirect-following handlers to honour.</summary>
    /// <param name="request">The request.</param>
    /// <param name="credentials">The names its credentials travel under.</param>
    public static void Mark(HttpRequestMessage request, RequestCredentials credentials)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(credentials);
        request.Options.Set(OptionsKey, credentials);
    }

    /// <summary>The names attached to <paramref name="request"/>, if any.</summary>
    internal static RequestCredentials? Of(HttpRequestMessage request) =>
        request.Options.TryGetValue(OptionsKey, out var credentials) ? credentials : null;

    /// <inheritdoc/>
    public override string ToString() => "RequestCredentials { Headers = " + string.Join(", ", Headers) + "; QueryParameters = " + string.Join(", ", QueryParameters) + " }";
}
