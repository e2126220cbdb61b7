using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
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
        ArgumentNullException.ThrowIfNull(bodySha256Hex);
        ArgumentNullException.ThrowIfNull(secretKey);
        var signed = CanonicalRequest.SignedHeaders(headers, static _ => true);
        var date = CanonicalRequest.ValueOf(signed, "x-sdk-date")
            ?? throw new ArgumentException("The headers to sign must include X-Sdk-Date.", nameof(headers));
        var signedHeaders = CanonicalRequest.Names(signed);
        Span<byte> signature = stackalloc byte[HMACSHA256.HashSizeInBytes];
        var text = SigningText.Sign(CanonicalForm.Huawei, method, uri, signed, bodySha256Hex, Algorithm, date, secretKey, signature);

        var authorization = new CharBuffer(stackalloc char[256]);
        try
        {
            authorization.Append(Algorithm);
            authorization.Append(" Access=");
            authorization.Append(accessKey);
            authorization.Append(", SignedHeaders=");
            authorization.Append(signedHeaders);
            authorization.Append(", Signature=");
            authorization.AppendLowerHex(signature);
            return new HuaweiCloudSignature(text, signedHeaders, authorization.ToString());
        }
        finally
        {
            authorization.Dispose();
        }
    }
}

/// <summary>The result of signing: the intermediate strings (for diagnosis) and the header value.</summary>
/// <param name="CanonicalRequest">The canonical request, with the security token's value shown as <c>***</c>.</param>
/// <param name="StringToSign">The string to sign.</param>
/// <param name="SignedHeaders">The <c>;</c>-joined signed header names.</param>
/// <param name="Authorization">The <c>Authorization</c> header value.</param>
public sealed record HuaweiCloudSignature(string CanonicalRequest, string StringToSign, string SignedHeaders, string Authorization)
{
    // Set by the signer: the intermediate strings are written only when someone reads them.
    private readonly SigningText? _text;
    private string? _canonicalRequest = CanonicalRequest;
    private string? _stringToSign = StringToSign;

    internal HuaweiCloudSignature(SigningText text, string signedHeaders, string authorization)
        : this(null!, null!, signedHeaders, authorization) => _text = text;

    /// <summary>The canonical request, with the security token's value shown as <c>***</c>; written when first read.</summary>
    public string CanonicalRequest
    {
        get => _canonicalRequest ??= _text?.CanonicalRequest()!;
        init => _canonicalRequest = value;
    }

    /// <summary>The string to sign; written when first read.</summary>
    public string StringToSign
    {
        get => _stringToSign ??= _text?.StringToSign()!;
        init => _stringToSign = value;
    }

    /// <inheritdoc/>
    public bool Equals(HuaweiCloudSignature? other) =>
        ReferenceEquals(this, other)
        || (other is not null && SignedHeaders == other.SignedHeaders && Authorization == other.Authorization
            && CanonicalRequest == other.CanonicalRequest && StringToSign == other.StringToSign);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(CanonicalRequest, StringToSign, SignedHeaders, Authorization);

    /// <inheritdoc/>
    public override string ToString() => "HuaweiCloudSignature { SignedHeaders = " + SignedHeaders + " }";
}
