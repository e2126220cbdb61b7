using System;
using System.Net.Http;

namespace CodeGen.Runtime.Authentication;

internal static class HostHeader
{
    /// <summary>The Host header the request will carry: the explicit one, or the URI's host with a non-default port.</summary>
    public static string Of(HttpRequestMessage request, Uri uri)
    {
        // IdnHost drops an IPv6 address's brackets, which the Host header keeps.
        var host = uri.HostNameType == UriHostNameType.IPv6 ? uri.Host : uri.IdnHost;
        return request.Headers.Host ?? (uri.IsDefaultPort ? host : host + ":" + uri.Port);
    }
}
