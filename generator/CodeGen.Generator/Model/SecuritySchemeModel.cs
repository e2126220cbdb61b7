using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A security scheme of the spec that a generated registration method configures.</summary>
/// <param name="Name">The scheme's name in <c>securitySchemes</c>, raw.</param>
/// <param name="MethodName">The <c>IHttpClientBuilder</c> extension that adds it, e.g. <c>AddPetsApiKey</c>.</param>
/// <param name="ApiKeyLocation">For apiKey: where the key goes (header, query or cookie).</param>
/// <param name="ParameterName">For apiKey: the header, query parameter or cookie name, raw.</param>
/// <param name="TokenUrl">For oauth2: the flow's absolute token URL, raw, or null.</param>
/// <param name="Scopes">For oauth2: the scopes the kept operations require, raw and sorted.</param>
/// <param name="DocLines">The scheme's description, raw lines.</param>
internal sealed record SecuritySchemeModel(
    string Name,
    string MethodName,
    SecuritySchemeKind Kind,
    ParameterLocation? ApiKeyLocation,
    string? ParameterName,
    string? TokenUrl,
    EquatableArray<string> Scopes,
    EquatableArray<string> DocLines);
