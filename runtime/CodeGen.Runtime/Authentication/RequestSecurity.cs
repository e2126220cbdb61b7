using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace CodeGen.Runtime.Authentication;

/// <summary>
/// The security an operation requires, as its spec's <c>security</c> says: any one of <see cref="Alternatives"/>,
/// each a set of scheme names that must all be sent together. No alternatives means no credential at all.
/// </summary>
/// <remarks>
/// Generated clients of a spec with <c>securitySchemes</c> attach one to every request with <see cref="Mark"/>;
/// a <see cref="SecuritySchemeHandler"/> then authenticates the request only when the alternative chosen by
/// <see cref="Choose"/> names its scheme.
/// </remarks>
public sealed class RequestSecurity
{
    /// <summary>The request option that carries the requirement.</summary>
    public static readonly HttpRequestOptionsKey<RequestSecurity> OptionsKey = new("CodeGen.Runtime.RequestSecurity");

    /// <summary>An operation that needs no credential (<c>security: []</c>).</summary>
    public static readonly RequestSecurity None = new();

    /// <summary>Creates a requirement.</summary>
    /// <param name="alternatives">The alternatives in the spec's order; an empty one makes credentials optional.</param>
    public RequestSecurity(params string[][] alternatives)
    {
        ArgumentNullException.ThrowIfNull(alternatives);
        Alternatives = alternatives.Select(schemes => (IReadOnlyList<string>)(schemes ?? Array.Empty<string>()).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
    }

    /// <summary>The alternatives, any one of which satisfies the operation.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Alternatives { get; }

    /// <summary>Attaches <paramref name="security"/> to <paramref name="request"/>.</summary>
    /// <param name="request">The request.</param>
    /// <param name="security">What its operation requires.</param>
    public static void Mark(HttpRequestMessage request, RequestSecurity security)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(security);
        request.Options.Set(OptionsKey, security);
    }

    /// <summary>The requirement attached to <paramref name="request"/>, if any.</summary>
    /// <param name="request">The request.</param>
    public static RequestSecurity? Of(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Options.TryGetValue(OptionsKey, out var security) ? security : null;
    }

    /// <summary>
    /// The schemes to send: the first alternative that names at least one scheme and whose schemes are all
    /// <paramref name="configured"/>; none when no such alternative exists (the request goes without credentials,
    /// rather than with a partial set).
    /// </summary>
    /// <param name="configured">The scheme names the client has credentials for.</param>
    public IReadOnlyList<string> Choose(IReadOnlyCollection<string> configured)
    {
        ArgumentNullException.ThrowIfNull(configured);
        // Loops rather than LINQ: this runs for every handler on every request.
        foreach (var alternative in Alternatives)
        {
            if (alternative.Count > 0 && AllConfigured(alternative, configured))
            {
                return alternative;
            }
        }

        return Array.Empty<string>();
    }

    private static bool AllConfigured(IReadOnlyList<string> schemes, IReadOnlyCollection<string> configured)
    {
        foreach (var scheme in schemes)
        {
            if (!configured.Contains(scheme, StringComparer.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        "RequestSecurity { " + (Alternatives.Count == 0 ? "none" : string.Join(" or ", Alternatives.Select(a => a.Count == 0 ? "{}" : "{" + string.Join(" and ", a) + "}"))) + " }";
}
