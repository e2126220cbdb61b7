using System;
using System.Net.Http;

namespace CodeGen.Runtime.Http;

/// <summary>Adds header values that cannot break out of their header line.</summary>
public static class RequestHeaders
{
    /// <summary>
    /// Adds <c>name: value</c> without <see cref="System.Net.Http.Headers.HttpHeaders"/>' format checks (vendor headers
    /// need not follow them), but refusing a value with CR, LF or NUL before anything is sent.
    /// </summary>
    /// <param name="request">The request.</param>
    /// <param name="name">The header name.</param>
    /// <param name="value">The formatted value.</param>
    /// <param name="parameterName">The parameter the value came from, named by the exception.</param>
    /// <exception cref="ArgumentException">The value contains CR, LF or NUL.</exception>
    public static void Add(HttpRequestMessage request, string name, string value, string parameterName)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        HeaderValue.EnsureSafe(value, parameterName);
        request.Headers.TryAddWithoutValidation(name, value);
    }
}
