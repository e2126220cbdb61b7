using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CodeGen.Runtime.Signing;

namespace CodeGen.Runtime.HuaweiCloud;

/// <summary>
/// Huawei Cloud API Gateway request signing (<c>SDK-HMAC-SHA256</c>): the canonical request, the string to
/// sign and the <c>Authorization</c> header, as pure functions of the request's parts.
/// </summary>
public static class HuaweiCloudSigner
{
    /// <summary>The algorithm name in the string to sign and the <c>Authorization</c> header.</summary>
    public const string Algorithm = "SDK-HMAC-SHA256";

    /// <summary>The <c>X-Sdk-Date</c> format, always UTC.</summary>
    public const string DateFormat = "yyyyMMdd'T'HHmmss'Z'";

    /// <summary>Formats a moment as <c>X-Sdk-Date</c>.</summary>
    /// <param name="moment">The moment.</param>
    public static string FormatDate(DateTimeOffset moment) => moment.UtcDateTime.ToString(DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Signs a request described by its parts.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="uri">The absolute request URI, as sent (path segments percent-encoded).</param>
    /// <param name="headers">The headers to sign, including <c>host</c> and <c>x-sdk-date</c>; names are case-insensitive.</param>
    /// <param name="bodySha256Hex">The lowercase hex SHA-256 of the body.</param>
    /// <param name="accessKey">The access key.</param>
    /// <param name="secretKey">The secret key.</param>
    public static HuaweiCloudSignature Sign(string method, Uri uri, IEnumerable<KeyValuePair<string, string>> headers, string bodySha256Hex, string accessKey, string secretKey)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(headers);
        var signed = CanonicalRequest.SignedHeaders(headers, _ => true);
        var date = signed.FirstOrDefault(h => h.Name == "x-sdk-date").Value
            ?? throw new ArgumentException("The headers to sign must include X-Sdk-Date.", nameof(headers));
        var signedHeaders = CanonicalRequest.Names(signed);
        var canonicalRequest = CanonicalRequest.Build(method, CanonicalUri(uri), CanonicalQuery(uri), signed, bodySha256Hex);
        var stringToSign = Algorithm + "\n" + date + "\n" + CanonicalRequest.Sha256Hex(canonicalRequest);
        var signature = CanonicalRequest.HmacSha256Hex(secretKey, stringToSign);
        var authorization = Algorithm + " Access=" + accessKey + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature;
        return new HuaweiCloudSignature(CanonicalRequest.Redacted(canonicalRequest), stringToSign, signedHeaders, authorization);
    }

    /// <summary>Each path segment decoded, then RFC 3986-encoded; always ending with "/".</summary>
    internal static string CanonicalUri(Uri uri)
    {
        var canonical = CanonicalRequest.EncodedPath(uri);
        return canonical.EndsWith('/') ? canonical : canonical + "/";
    }

    /// <summary>Pairs decoded, sorted by decoded key then value (ordinal), then RFC 3986-encoded; <c>k=</c> for empty values.</summary>
    internal static string CanonicalQuery(Uri uri) => CanonicalRequest.SortedQuery(uri, static part => part, static part => Rfc3986.Encode(part));
}

/// <summary>The result of signing: the intermediate strings (for diagnosis) and the header value.</summary>
/// <param name="CanonicalRequest">The canonical request, with the security token's value shown as <c>***</c>.</param>
/// <param name="StringToSign">The string to sign.</param>
/// <param name="SignedHeaders">The <c>;</c>-joined signed header names.</param>
/// <param name="Authorization">The <c>Authorization</c> header value.</param>
public sealed record HuaweiCloudSignature(string CanonicalRequest, string StringToSign, string SignedHeaders, string Authorization)
{
    /// <inheritdoc/>
    public override string ToString() => "HuaweiCloudSignature { SignedHeaders = " + SignedHeaders + " }";
}
