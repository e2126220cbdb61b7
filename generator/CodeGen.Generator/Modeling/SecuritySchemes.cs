using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;
using OpenApiLocation = Microsoft.OpenApi.ParameterLocation;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// The spec's <c>securitySchemes</c> and <c>security</c> requirements: which schemes get a registration method, and
/// what each operation requires (its own <c>security</c>, else the document's; <c>security: []</c> means none).
/// </summary>
/// <remarks>
/// Generated: <c>apiKey</c> (header, query, cookie), <c>http</c> <c>bearer</c> and <c>basic</c>, and <c>oauth2</c> with a
/// <c>clientCredentials</c> flow. A scheme with <c>x-codegen-signing</c> is computed per request by the runtime's cloud
/// signing handlers, so it gets no method; other kinds (openIdConnect, other OAuth2 flows, mutualTLS) are still named in
/// the requirements, for a handler the user adds with the runtime's methods.
/// </remarks>
internal static class SecuritySchemes
{
    /// <summary>Whether the spec declares any security, so its operations are marked with what they require.</summary>
    public static bool Declared(OpenApiDocument document, IEnumerable<OpenApiOperation> operations) =>
        document.Components?.SecuritySchemes is { Count: > 0 } || document.Security is { Count: > 0 } || operations.Any(o => o.Security is { Count: > 0 });

    /// <summary>What <paramref name="operation"/> requires: alternatives of scheme names, in the spec's order.</summary>
    public static EquatableArray<EquatableArray<string>> Requirement(OpenApiDocument document, OpenApiOperation operation) =>
        (operation.Security ?? document.Security ?? new List<OpenApiSecurityRequirement>())
            .Select(requirement => requirement.Keys.Select(Name).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray())
            .ToEquatableArray();

    /// <summary>The schemes that get a registration method, named <c>Add{Client stem}{Scheme}</c>, in name order.</summary>
    /// <remarks>
    /// Names are handed out in the document's declaration order, so the first-declared of colliding schemes keeps the
    /// plain name and a scheme added later never shifts an existing method's suffix; each renamed one is reported as
    /// OAPI005 at its declaration, as a silent shift could make user code configure another scheme.
    /// </remarks>
    public static EquatableArray<SecuritySchemeModel> Configurable(OpenApiDocument document, string clientName, string registrationMethodName, IEnumerable<OpenApiOperation> operations, ModelContext context)
    {
        var schemes = document.Components?.SecuritySchemes;
        if (schemes is not { Count: > 0 })
        {
            return EquatableArray<SecuritySchemeModel>.Empty;
        }

        var stem = clientName.EndsWith("Client", StringComparison.Ordinal) && clientName.Length > "Client".Length
            ? clientName.Substring(0, clientName.Length - "Client".Length)
            : clientName;
        var methodNames = new NameScope(registrationMethodName, "Equals", "GetHashCode", "ToString", "GetType", "ReferenceEquals");
        var scopes = RequiredScopes(document, operations);
        var models = new List<SecuritySchemeModel>();
        // Declaration order: the reader fills this map from the document's mapping and never removes from it.
        foreach (var entry in schemes)
        {
            var scheme = entry.Value;
            if (scheme is null || VendorExtensions.IsSigned(scheme) || Kind(scheme) is not { } kind)
            {
                continue;
            }

            var pointer = SpecPointer.Append("/components/securitySchemes", entry.Key);
            var method = methodNames.Take(
                "Add" + stem + Identifiers.ToPascalCase(entry.Key, "Scheme"),
                context,
                context.IsSwagger ? SpecPointer.Append("/securityDefinitions", entry.Key) : pointer,
                "Security scheme",
                entry.Key);
            var tokenUrl = kind == SecuritySchemeKind.OAuth2 && scheme.Flows?.ClientCredentials?.TokenUrl is { IsAbsoluteUri: true } url && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp)
                ? url.OriginalString
                : null;
            models.Add(new SecuritySchemeModel(
                entry.Key,
                method,
                kind,
                kind == SecuritySchemeKind.ApiKey ? ApiKeyLocation(scheme.In!.Value) : null,
                kind == SecuritySchemeKind.ApiKey ? scheme.Name : null,
                tokenUrl,
                kind == SecuritySchemeKind.OAuth2 && scopes.TryGetValue(entry.Key, out var required) ? required.ToEquatableArray() : EquatableArray<string>.Empty,
                new EquatableArray<string>(DocText.Lines(scheme.Description))));
        }

        return models.OrderBy(m => m.Name, StringComparer.Ordinal).ToEquatableArray();
    }

    /// <summary>
    /// Reports each requirement naming a scheme the spec does not declare (OAPI040) and each declared scheme that gets
    /// no registration method (OAPI010), located in the spec.
    /// </summary>
    public static void Check(OpenApiDocument document, IReadOnlyList<(OpenApiOperation Operation, string Pointer)> operations, ModelContext context)
    {
        var declared = document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>();
        void CheckRequirements(IList<OpenApiSecurityRequirement> requirements, string pointer)
        {
            for (var i = 0; i < requirements.Count; i++)
            {
                foreach (var name in requirements[i].Keys.Select(Name).Where(n => n.Length > 0 && !declared.ContainsKey(n)).Distinct(StringComparer.Ordinal))
                {
                    context.Report(DiagnosticDescriptors.UndeclaredSecurityScheme, SpecPointer.Append(SpecPointer.Append(pointer, i.ToString(System.Globalization.CultureInfo.InvariantCulture)), name), name);
                }
            }
        }

        CheckRequirements(document.Security ?? new List<OpenApiSecurityRequirement>(), "/security");
        foreach (var (operation, pointer) in operations)
        {
            CheckRequirements(operation.Security ?? new List<OpenApiSecurityRequirement>(), SpecPointer.Append(pointer, "security"));
        }

        foreach (var entry in declared.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (entry.Value is { } scheme && !VendorExtensions.IsSigned(scheme) && Kind(scheme) is null)
            {
                var pointer = SpecPointer.Append("/components/securitySchemes", entry.Key);
                context.Report(
                    DiagnosticDescriptors.IgnoredConstruct,
                    context.IsSwagger ? SpecPointer.Append("/securityDefinitions", entry.Key) : pointer,
                    "The security scheme '" + entry.Key + "' (" + Describe(scheme) + ")",
                    "no registration method is generated for it; add its handler with the runtime's SecuritySchemeHttpClientBuilderExtensions");
            }
        }
    }

    private static string Describe(IOpenApiSecurityScheme scheme) => scheme.Type switch
    {
        SecuritySchemeType.Http => "http " + scheme.Scheme,
        SecuritySchemeType.OAuth2 => "oauth2 without a clientCredentials flow",
        SecuritySchemeType.ApiKey => "apiKey without a name or location",
        SecuritySchemeType.OpenIdConnect => "openIdConnect",
        SecuritySchemeType.MutualTLS => "mutualTLS",
        _ => "of an unknown type",
    };

    private static SecuritySchemeKind? Kind(IOpenApiSecurityScheme scheme) => scheme.Type switch
    {
        SecuritySchemeType.ApiKey when !string.IsNullOrEmpty(scheme.Name) && scheme.In is OpenApiLocation.Header or OpenApiLocation.Query or OpenApiLocation.Cookie
            => SecuritySchemeKind.ApiKey,
        SecuritySchemeType.Http when string.Equals(scheme.Scheme, "bearer", StringComparison.OrdinalIgnoreCase) => SecuritySchemeKind.Bearer,
        SecuritySchemeType.Http when string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase) => SecuritySchemeKind.Basic,
        SecuritySchemeType.OAuth2 when scheme.Flows?.ClientCredentials is not null => SecuritySchemeKind.OAuth2,
        _ => null,
    };

    private static Model.ParameterLocation ApiKeyLocation(OpenApiLocation location) => location switch
    {
        OpenApiLocation.Query => Model.ParameterLocation.Query,
        OpenApiLocation.Cookie => Model.ParameterLocation.Cookie,
        _ => Model.ParameterLocation.Header,
    };

    /// <summary>Per scheme, the scopes any kept operation's requirement names, so one token serves them all.</summary>
    private static Dictionary<string, SortedSet<string>> RequiredScopes(OpenApiDocument document, IEnumerable<OpenApiOperation> operations)
    {
        var scopes = new Dictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var requirement in operations.SelectMany(o => o.Security ?? document.Security ?? new List<OpenApiSecurityRequirement>()))
        {
            foreach (var pair in requirement)
            {
                var name = Name(pair.Key);
                if (!scopes.TryGetValue(name, out var set))
                {
                    scopes[name] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.UnionWith((pair.Value ?? new List<string>()).Where(s => !string.IsNullOrEmpty(s)));
            }
        }

        return scopes;
    }

    private static string Name(OpenApiSecuritySchemeReference reference) => reference.Reference?.Id ?? string.Empty;
}
