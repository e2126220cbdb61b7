namespace CodeGen.Generator.Model;

/// <summary>The security schemes a generated registration method can configure.</summary>
internal enum SecuritySchemeKind
{
    ApiKey,
    Bearer,
    Basic,

    /// <summary>OAuth2's client credentials flow.</summary>
    OAuth2,
}
