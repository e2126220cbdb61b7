using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CodeGen.Runtime.Signing;

namespace CodeGen.Runtime.AlibabaCloud;

/// <summary>
/// Alibaba Cloud request signatures as pure functions of a request's parts: V3 (<c>ACS3-HMAC-SHA256</c>) and,
/// for older integrations, the ROA signature (<c>acs AK:signature</c>, HMAC-SHA1).
/// </summary>
public static class AlibabaCloudSigner
{
    /// <summary>The V3 algorithm name.</summary>
    public const string Acs3Algorithm = "ACS3-HMAC-SHA256";

    /// <summary>The <c>x-acs-date</c> format, always UTC.</summary>
    public const string Acs3DateFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    /// <summary>Formats a moment as <c>x-acs-date</c>.</summary>
    /// <param name="moment">The moment.</param>
    public static string FormatAcs3Date(DateTimeOffset moment) => moment.UtcDateTime.ToString(Acs3DateFormat, CultureInfo.InvariantCulture);

    /// <summary>Computes the V3 signature.</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="uri">The absolute request URI as sent.</param>
    /// <param name="headers">The request headers; <c>host</c>, <c>content-type</c> and every <c>x-acs-*</c> header are signed.</param>
    /// <param name="bodySha256Hex">The lowercase hex SHA-256 of the body (also sent as <c>x-acs-content-sha256</c>).</param>
    /// <param name="accessKeyId">The AccessKey id.</param>
    /// <param name="accessKeySecret">The AccessKey secret.</param>
    public static AlibabaCloudSignature SignAcs3(string method, Uri uri, IEnumerable<KeyValuePair<string, string>> headers, string bodySha256Hex, string accessKeyId, string accessKeySecret)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(bodySha256Hex);
        ArgumentNullException.ThrowIfNull(accessKeySecret);
        var signed = CanonicalRequest.SignedHeaders(headers, static name => name is "host" or "content-type" || name.StartsWith("x-acs-", StringComparison.Ordinal));
        Span<byte> signature = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var text = SigningText.Sign(CanonicalForm.Alibaba, method, uri, signed, bodySha256Hex, Acs3Algorithm, date: null, accessKeySecret, signature);

        var authorization = new CharBuffer(stackalloc char[512]);
        try
        {
            authorization.Append(Acs3Algorithm);
            authorization.Append(" Credential=");
            authorization.Append(accessKeyId);
            authorization.Append(",SignedHeaders=");
            CanonicalRequest.WriteNames(ref authorization, signed);
            authorization.Append(",Signature=");
            authorization.AppendLowerHex(signature);
            var header = authorization.ToString();
            return new AlibabaCloudSignature(text, header[^(2 * HMACSHA256.HashSizeInBytes)..], header);
        }
        finally
        {
            authorization.Dispose();
        }
    }

    /// <summary>Computes the legacy ROA signature (HMAC-SHA1).</summary>
    /// <param name="method">The HTTP method.</param>
    /// <param name="uri">The absolute request URI as sent.</param>
    /// <param name="headers">The request headers, including <c>Date</c>, <c>Accept</c>, <c>Content-MD5</c>, <c>Content-Type</c> and the <c>x-acs-*</c> headers.</param>
    /// <param name="accessKeyId">The AccessKey id.</param>
    /// <param name="accessKeySecret">The AccessKey secret.</param>
    public static AlibabaCloudSignature SignRoa(string method, Uri uri, IEnumerable<KeyValuePair<string, string>> headers, string accessKeyId, string accessKeySecret)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(headers);
        var all = headers
            .GroupBy(h => h.Key.Trim().ToLowerInvariant(), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(",", g.Select(h => h.Value.Trim())), StringComparer.Ordinal);
        string Header(string name) => all.TryGetValue(name, out var value) ? value : string.Empty;

        var builder = new StringBuilder()
            .Append(method.ToUpperInvariant()).Append('\n')
            .Append(Header("accept")).Append('\n')
            .Append(Header("content-md5")).Append('\n')
            .Append(Header("content-type")).Append('\n')
            .Append(Header("date")).Append('\n');
        foreach (var (name, value) in all.Where(h => h.Key.StartsWith("x-acs-", StringComparison.Ordinal)).OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            builder.Append(name).Append(':').Append(value).Append('\n');
        }

        builder.Append(RoaResource(uri));
        var stringToSign = builder.ToString();
        var signature = Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(accessKeySecret), Encoding.UTF8.GetBytes(stringToSign)));
        return new AlibabaCloudSignature(string.Empty, CanonicalRequest.Redacted(stringToSign), signature, "acs " + accessKeyId + ":" + signature);
    }

    /// <summary>The ROA resource: the path as sent, then "?" and the decoded pairs sorted by key, <c>k=</c> for empty values.</summary>
    internal static string RoaResource(Uri uri)
    {
        var pairs = CanonicalRequest.QueryPairs(uri).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        var path = uri.AbsolutePath;
        return pairs.Count == 0
            ? path
            : path + "?" + string.Join("&", pairs.Select(p => p.Key + "=" + p.Value));
    }
}

/// <summary>The result of signing: intermediate strings (for diagnosis), the signature and the header value.</summary>
/// <param name="CanonicalRequest">The canonical request (V3), or empty for ROA; the security token's value shows as <c>***</c>.</param>
/// <param name="StringToSign">The string to sign; for ROA, the security token's value shows as <c>***</c>.</param>
/// <param name="Signature">The signature.</param>
/// <param name="Authorization">The <c>Authorization</c> header value.</param>
public sealed record AlibabaCloudSignature(string CanonicalRequest, string StringToSign, string Signature, string Authorization)
{
    // Set by the V3 signer: the intermediate strings are written only when someone reads them.
    private readonly SigningText? _text;
    private string? _canonicalRequest = CanonicalRequest;
    private string? _stringToSign = StringToSign;

    internal AlibabaCloudSignature(SigningText text, string signature, string authorization)
        : this(null!, null!, signature, authorization) => _text = text;

    /// <summary>The canonical request (V3), or empty for ROA; the security token's value shows as <c>***</c>. Written when first read.</summary>
    public string CanonicalRequest
    {
        get => _canonicalRequest ??= _text?.CanonicalRequest()!;
        init => _canonicalRequest = value;
    }

    /// <summary>The string to sign; for ROA, the security token's value shows as <c>***</c>. Written when first read.</summary>
    public string StringToSign
    {
        get => _stringToSign ??= _text?.StringToSign()!;
        init => _stringToSign = value;
    }

    /// <inheritdoc/>
    public bool Equals(AlibabaCloudSignature? other) =>
        ReferenceEquals(this, other)
        || (other is not null && Signature == other.Signature && Authorization == other.Authorization
            && CanonicalRequest == other.CanonicalRequest && StringToSign == other.StringToSign);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CanonicalRequest, StringToSign, Signature, Authorization);

    /// <inheritdoc/>
    public override string ToString() => "AlibabaCloudSignature { }";
}
