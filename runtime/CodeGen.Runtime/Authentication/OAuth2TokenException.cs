using System;
using System.Net;

namespace CodeGen.Runtime.Authentication;

/// <summary>The OAuth2 token endpoint refused to issue a token, or answered with something that is not one.</summary>
/// <remarks>The message names the status and the RFC 6749 <c>error</c> code only: never the body, which may echo credentials.</remarks>
public sealed class OAuth2TokenException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What went wrong, without credentials.</param>
    /// <param name="statusCode">The endpoint's status, if it answered.</param>
    /// <param name="error">The RFC 6749 <c>error</c> code it sent, if any.</param>
    public OAuth2TokenException(string message, HttpStatusCode? statusCode = null, string? error = null)
        : base(message)
    {
        StatusCode = statusCode;
        Error = error;
    }

    /// <summary>The endpoint's status, if it answered.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The RFC 6749 <c>error</c> code, such as <c>invalid_client</c>, if the endpoint sent one.</summary>
    public string? Error { get; }
}
