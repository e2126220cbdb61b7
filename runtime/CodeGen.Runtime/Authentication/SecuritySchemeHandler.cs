using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;

namespace CodeGen.Runtime.Authentication;

/// <summary>
/// An authentication handler for one of a spec's <c>securitySchemes</c>: it authenticates a request only when
/// the request's <see cref="RequestSecurity"/> chooses its scheme, and passes every other request on untouched.
/// </summary>
/// <remarks>
/// <see cref="SchemeName"/> null makes the handler authenticate every request (for a client that is not generated).
/// A request without a <see cref="RequestSecurity"/> is not authenticated by a handler that has a scheme name.
/// </remarks>
public abstract class SecuritySchemeHandler : AuthenticatingHandler
{
    private IReadOnlyCollection<string>? _configured;

    /// <summary>The scheme's name in the spec's <c>securitySchemes</c>, or null for every request.</summary>
    public string? SchemeName { get; init; }

    /// <summary>
    /// Every scheme the client has credentials for, which decides the alternative chosen for a request
    /// (the registrations of this library fill it); by default only <see cref="SchemeName"/>.
    /// </summary>
    public IReadOnlyCollection<string> ConfiguredSchemes
    {
        get => _configured ??= SchemeName is null ? Array.Empty<string>() : new[] { SchemeName };
        set => _configured = value?.ToArray() ?? throw new ArgumentNullException(nameof(value));
    }

    /// <inheritdoc/>
    protected override bool AppliesTo(HttpRequestMessage request) =>
        SchemeName is null || (RequestSecurity.Of(request) is { } security && security.Choose(ConfiguredSchemes).Contains(SchemeName, StringComparer.Ordinal));
}
