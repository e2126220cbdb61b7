using System;
using System.Net;

namespace CodeGen.Runtime.Authentication;

/// <summary>Decides which hosts may receive credentials over plain HTTP without <c>AllowInsecureHttp</c>.</summary>
/// <remarks>
/// Only the name <c>localhost</c> and loopback IP literals (127.0.0.0/8, ::1) qualify. <see cref="Uri.IsLoopback"/>
/// is not used: it also holds for the host name <c>loopback</c>, which a resolver may send anywhere. Subdomains of
/// <c>localhost</c> are refused too, as not every resolver keeps them on the loopback interface.
/// </remarks>
internal static class LoopbackHost
{
    private static readonly char[] AuthorityEnd = { '/', '\\', '?', '#' };

    public static bool Is(Uri uri)
    {
        var host = uri.Host;
        if (host.StartsWith('[') && host.EndsWith(']'))
        {
            host = host[1..^1];
        }

        if (IPAddress.TryParse(host, out var address))
        {
            return IPAddress.IsLoopback(address);
        }

        // Uri reports the name "loopback" as "localhost", so the name is taken from the text as written.
        return string.Equals(WrittenHost(uri.OriginalString)?.TrimEnd('.'), "localhost", StringComparison.OrdinalIgnoreCase);
    }

    private static string? WrittenHost(string uri)
    {
        var start = uri.IndexOf("://", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += 3;
        var end = uri.IndexOfAny(AuthorityEnd, start);
        var authority = uri[start..(end < 0 ? uri.Length : end)];
        authority = authority[(authority.LastIndexOf('@') + 1)..];
        var port = authority.LastIndexOf(':');
        return port < 0 ? authority : authority[..port];
    }

    /// <summary>Whether credentials may go to <paramref name="uri"/>: over HTTPS, to a loopback host, or anywhere when insecure HTTP is allowed.</summary>
    public static bool MaySendCredentials(Uri uri, bool allowInsecureHttp) =>
        uri.Scheme == Uri.UriSchemeHttps || allowInsecureHttp || Is(uri);
}
