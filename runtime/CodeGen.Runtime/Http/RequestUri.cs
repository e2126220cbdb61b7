using System;

namespace CodeGen.Runtime.Http;

/// <summary>Creates request URIs exactly as the client escaped them.</summary>
public static class RequestUri
{
    // System.Uri would otherwise unescape "%2E%2E" and then remove the dot segment, letting a
    // parameter value change which resource the request reaches.
    private static readonly UriCreationOptions Verbatim = new() { DangerousDisablePathAndQueryCanonicalization = true };

    /// <summary>Creates an absolute URI whose path and query are sent byte for byte as given.</summary>
    /// <param name="absoluteUri">A URI whose parameter values are already percent-encoded.</param>
    public static Uri Create(string absoluteUri)
    {
        ArgumentNullException.ThrowIfNull(absoluteUri);
        var uri = new Uri(absoluteUri, in Verbatim);
        if (!uri.IsAbsoluteUri)
        {
            throw new ArgumentException("The request URI must be absolute: " + absoluteUri, nameof(absoluteUri));
        }

        return uri;
    }
}
