using System.Linq;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A security scheme of the spec that a generated registration method configures.</summary>
/// <param name="Name">The scheme's name in <c>securitySchemes</c>, raw.</param>
/// <param name="MethodName">The <c>IHttpClientBuilder</c> extension that adds it, e.g. <c>AddPetsApiKey</c>.</param>
/// <param name="Kind">"apiKey", "bearer", "basic" or "oauth2" (client credentials).</param>
/// <param name="ApiKeyLocation">For apiKey: "Header", "Query" or "Cookie".</param>
/// <param name="ParameterName">For apiKey: the header, query parameter or cookie name, raw.</param>
/// <param name="TokenUrl">For oauth2: the flow's absolute token URL, raw, or null.</param>
/// <param name="Scopes">For oauth2: the scopes the kept operations require, raw and sorted.</param>
/// <param name="DocLines">The scheme's description, XML-escaped.</param>
internal sealed record SecuritySchemeModel(
    string Name,
    string MethodName,
    string Kind,
    string? ApiKeyLocation,
    string? ParameterName,
    string? TokenUrl,
    EquatableArray<string> Scopes,
    EquatableArray<string> DocLines)
{
    public string NameLiteral => Modeling.Literals.String(Name);

    public string NameXml => Modeling.Literals.EscapeXml(Name);

    public string? ParameterNameLiteral => ParameterName is null ? null : Modeling.Literals.String(ParameterName);

    public string? ParameterNameXml => ParameterName is null ? null : Modeling.Literals.EscapeXml(ParameterName);

    public string? TokenUrlLiteral => TokenUrl is null ? null : Modeling.Literals.String(TokenUrl);

    public EquatableArray<string> ScopeLiterals => Scopes.Select(Modeling.Literals.String).ToEquatableArray();

    /// <summary>The runtime options type the caller's callback fills.</summary>
    public string OptionsType => "global::CodeGen.Runtime.Authentication." + Kind switch
    {
        "apiKey" => "ApiKeyOptions",
        "bearer" => "BearerTokenOptions",
        "basic" => "BasicAuthenticationOptions",
        _ => "OAuth2ClientCredentialsOptions",
    };

    /// <summary>What the scheme sends, for the method's summary.</summary>
    public string What => Kind switch
    {
        "apiKey" => "the API key (in the " + ApiKeyLocation!.ToLowerInvariant() + " <c>" + ParameterNameXml + "</c>)",
        "bearer" => "a bearer token (<c>Authorization: Bearer</c>)",
        "basic" => "a user name and password (<c>Authorization: Basic</c>)",
        _ => "OAuth2 access tokens of the client credentials flow (<c>Authorization: Bearer</c>, cached and refreshed before they expire)",
    };
}
