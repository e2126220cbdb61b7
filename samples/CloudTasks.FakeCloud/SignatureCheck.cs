using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using CodeGen.Runtime.AlibabaCloud;
using CodeGen.Runtime.HuaweiCloud;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace CloudTasks.FakeCloud;

/// <summary>Checks requests the way the clouds' gateways do: recompute the signature from what arrived.</summary>
internal static class SignatureCheck
{
    private static readonly TimeSpan AllowedSkew = TimeSpan.FromMinutes(15);

    public static bool IsValidHuawei(HttpContext context, byte[] body, string accessKey, string secretKey, string token)
    {
        var request = context.Request;
        if (request.Headers.TryGetValue("X-Auth-Token", out var presented))
        {
            return CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(presented.ToString()), System.Text.Encoding.UTF8.GetBytes(token));
        }

        var authorization = request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("SDK-HMAC-SHA256 ", StringComparison.Ordinal) ||
            !DateTimeOffset.TryParseExact(request.Headers["X-Sdk-Date"].ToString(), "yyyyMMdd'T'HHmmss'Z'", null, System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ||
            (DateTimeOffset.UtcNow - date).Duration() > AllowedSkew)
        {
            return false;
        }

        var names = Field(authorization, "SignedHeaders=", ", ").Split(';');
        if (!names.Contains("x-sdk-date"))
        {
            return false;
        }

        var expected = HuaweiCloudSigner.Sign(request.Method, RawUri(context), Headers(request, names), Sha256Hex(body), accessKey, secretKey).Authorization;
        return FixedTimeEquals(expected, authorization);
    }

    public static bool IsValidAlibaba(HttpContext context, byte[] body, string accessKeyId, string secret, System.Collections.Concurrent.ConcurrentDictionary<string, bool> seenNonces)
    {
        var request = context.Request;
        var authorization = request.Headers.Authorization.ToString();
        var nonce = request.Headers["x-acs-signature-nonce"].ToString();
        if (!authorization.StartsWith("ACS3-HMAC-SHA256 ", StringComparison.Ordinal) || nonce.Length == 0 ||
            !DateTimeOffset.TryParse(request.Headers["x-acs-date"].ToString(), null, System.Globalization.DateTimeStyles.AssumeUniversal, out var date) ||
            (DateTimeOffset.UtcNow - date).Duration() > AllowedSkew)
        {
            return false;
        }

        lock (seenNonces)
        {
            if (!seenNonces.TryAdd(nonce, true))
            {
                return false;
            }
        }

        var names = Field(authorization, "SignedHeaders=", ",").Split(';');
        var expected = AlibabaCloudSigner.SignAcs3(request.Method, RawUri(context), Headers(request, names), Sha256Hex(body), accessKeyId, secret).Authorization;
        return FixedTimeEquals(expected, authorization);
    }

    private static Uri RawUri(HttpContext context) =>
        new("http://" + context.Request.Host + context.Features.Get<IHttpRequestFeature>()!.RawTarget);

    private static IEnumerable<KeyValuePair<string, string>> Headers(HttpRequest request, string[] names) =>
        names.Select(name => new KeyValuePair<string, string>(name, name == "host" ? request.Host.ToString() : request.Headers[name].ToString()));

    private static string Sha256Hex(byte[] body) => Convert.ToHexString(SHA256.HashData(body)).ToLowerInvariant();

    private static bool FixedTimeEquals(string a, string b) =>
        CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(a), System.Text.Encoding.UTF8.GetBytes(b));

    private static string Field(string header, string name, string separator)
    {
        var start = header.IndexOf(name, StringComparison.Ordinal);
        if (start < 0)
        {
            return string.Empty;
        }

        start += name.Length;
        var end = header.IndexOf(separator, start, StringComparison.Ordinal);
        return end < 0 ? header[start..] : header[start..end];
    }
}
