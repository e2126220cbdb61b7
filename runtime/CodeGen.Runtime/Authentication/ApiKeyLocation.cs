namespace CodeGen.Runtime.Authentication;

/// <summary>Where an <c>apiKey</c> security scheme sends its key.</summary>
public enum ApiKeyLocation
{
    /// <summary>In a header of the scheme's name.</summary>
    Header,

    /// <summary>In a query parameter of the scheme's name.</summary>
    Query,

    /// <summary>In a cookie of the scheme's name.</summary>
    Cookie,
}
