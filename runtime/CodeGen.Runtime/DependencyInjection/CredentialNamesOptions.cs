using System;
using System.Collections.Generic;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime.DependencyInjection;

/// <summary>
/// Per client (named options): headers and query parameters that carry credentials the spec does not declare,
/// dropped on a redirect to another origin and redacted in the factory's logs. Filled by <c>AddCredentialNames</c>.
/// </summary>
public sealed class CredentialNamesOptions
{
    /// <summary>Header names (case-insensitive).</summary>
    public ISet<string> Headers { get; } = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>Query parameter names (case-sensitive).</summary>
    public ISet<string> QueryParameters { get; } = new HashSet<string>(StringComparer.Ordinal);

    /// <summary>The names, or null when none are listed.</summary>
    internal RequestCredentials? ToRequestCredentials() =>
        Headers.Count == 0 && QueryParameters.Count == 0 ? null : new RequestCredentials(Headers, QueryParameters);
}
