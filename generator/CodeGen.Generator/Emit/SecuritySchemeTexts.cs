using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>What the registration template writes for a security scheme (as <c>scheme_options_type</c> and <c>scheme_sends</c>).</summary>
internal static class SecuritySchemeTexts
{
    /// <summary>The runtime options type the caller's callback fills.</summary>
    public static string SchemeOptionsType(SecuritySchemeModel scheme) => "global::CodeGen.Runtime.Authentication." + scheme.Kind switch
    {
        SecuritySchemeKind.ApiKey => "ApiKeyOptions",
        SecuritySchemeKind.Bearer => "BearerTokenOptions",
        SecuritySchemeKind.Basic => "BasicAuthenticationOptions",
        _ => "OAuth2ClientCredentialsOptions",
    };

    /// <summary>What the scheme sends, for the registration method's summary.</summary>
    public static string SchemeSends(SecuritySchemeModel scheme) => scheme.Kind switch
    {
        SecuritySchemeKind.ApiKey => "the API key (in the " + scheme.ApiKeyLocation.ToString().ToLowerInvariant()
            + " <c>" + Literals.EscapeXml(scheme.ParameterName ?? string.Empty) + "</c>)",
        SecuritySchemeKind.Bearer => "a bearer token (<c>Authorization: Bearer</c>)",
        SecuritySchemeKind.Basic => "a user name and password (<c>Authorization: Basic</c>)",
        _ => "OAuth2 access tokens of the client credentials flow (<c>Authorization: Bearer</c>, cached and refreshed before they expire)",
    };
}
