using System;
using System.Net.Http;

namespace CodeGen.Runtime.Authentication;

internal static class HostHeader
{
    /// <summary>The Host header the request will carry: the explicit one, or the URI's host with a non-default port.</summary>
    public static string Of(HttpRequestMessage request, Uri uri) =>
        request.Headers.Host ?? (uri.IsDefaultPort ? uri.IdnHost : uri.IdnHost + ":" + uri.Port);
}
