using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Authentication;
using CodeGen.Runtime.Http;
using CodeGen.Runtime.Signing;

namespace CodeGen.Runtime.AlibabaCloud;

/// <summary>Which Alibaba Cloud signature a handler computes.</summary>
public enum AlibabaCloudSignatureVersion
{
    /// <summary>V3, <c>ACS3-HMAC-SHA256</c>: what the vendor's current SDKs use.</summary>
    V3,

    /// <summary>The legacy ROA signature (<c>acs AK:signature</c>, HMAC-SHA1), for older integrations.</summary>
    Roa,
}

/// <summary>Signs every request for Alibaba Cloud.</summary>
/// <remarks>
/// The request must carry <c>x-acs-action</c> and <c>x-acs-version</c> (generated clients send them from the
/// spec's <c>x-codegen-headers</c>). The handler adds the date, a fresh nonce, the body hash, the STS token when
/// there is one, and <c>Authorization</c>. The body is hashed from a buffer, so it is still sent.
/// </remarks>
public sealed class AlibabaCloudSigningHandler : AuthenticatingHandler
{
    private static readonly string[] Added =
    {
        "x-acs-date", "x-acs-signature-nonce", "x-acs-content-sha256", "x-acs-security-token", "x-acs-accesskey-id",
        "x-acs-signature-method", "x-acs-signature-version", "Date", "Authorization",
    };

    private readonly AlibabaCloudCredentials _credentials;
    private readonly AlibabaCloudSignatureVersion _version;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler.</summary>
    /// <param name="credentials">The AccessKey pair; checked now, so a missing value fails before any request.</param>
    /// <param name="version">The signature to compute.</param>
    /// <param name="timeProvider">The clock for the signed date; the system clock by default.</param>
    /// <exception cref="Credentials.MissingCredentialsException">The id or secret is missing.</exception>
    public AlibabaCloudSigningHandler(AlibabaCloudCredentials credentials, AlibabaCloudSignatureVersion version = AlibabaCloudSignatureVersion.V3, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        _credentials = credentials.Validate();
        _version = version;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    protected override IReadOnlyCollection<string> CredentialHeaders => Added;

    /// <inheritdoc/>
    protected override async ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;

        if (!request.Headers.Contains("x-acs-action") || !request.Headers.Contains("x-acs-version"))
        {
            throw new InvalidOperationException(
                "An Alibaba Cloud request needs the x-acs-action and x-acs-version headers; generated clients send them when the spec lists them in x-codegen-headers.");
        }

        request.Headers.TryAddWithoutValidation("x-acs-signature-nonce", Nonce());
        if (_credentials.SecurityToken is { } token)
        {
            // With STS credentials the vendor's SDKs also send (and sign) the key id.
            request.Headers.TryAddWithoutValidation("x-acs-accesskey-id", _credentials.AccessKeyId);
            request.Headers.TryAddWithoutValidation("x-acs-security-token", token);
        }

        if (_version == AlibabaCloudSignatureVersion.V3)
        {
            var bodyHash = await RequestBody.Sha256HexAsync(request.Content, cancellationToken).ConfigureAwait(false);
            request.Headers.TryAddWithoutValidation("x-acs-date", AlibabaCloudSigner.FormatAcs3Date(_time.GetUtcNow()));
            request.Headers.TryAddWithoutValidation("x-acs-content-sha256", bodyHash);
            var signature = AlibabaCloudSigner.SignAcs3(request.Method.Method, uri, HeadersOf(request, uri), bodyHash, _credentials.AccessKeyId, _credentials.AccessKeySecret);
            request.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
            return;
        }

        if (request.Headers.Accept.Count == 0)
        {
            request.Headers.TryAddWithoutValidation("Accept", "application/json");
        }

        request.Headers.TryAddWithoutValidation("Date", _time.GetUtcNow().ToString("r", CultureInfo.InvariantCulture));
        request.Headers.TryAddWithoutValidation("x-acs-signature-method", "HMAC-SHA1");
        request.Headers.TryAddWithoutValidation("x-acs-signature-version", "1.0");
        if (request.Content is { } content)
        {
            // The vendor's SDKs leave Content-MD5 out of ROA requests; an earlier value would be signed stale.
            content.Headers.ContentMD5 = null;
        }

        var roa = AlibabaCloudSigner.SignRoa(request.Method.Method, uri, HeadersOf(request, uri), _credentials.AccessKeyId, _credentials.AccessKeySecret);
        request.Headers.TryAddWithoutValidation("Authorization", roa.Authorization);
    }

    /// <inheritdoc/>
    public override string ToString() => "AlibabaCloudSigningHandler { " + _credentials + ", " + _version + " }";

    private static string Nonce()
    {
        Span<byte> random = stackalloc byte[16];
        RandomNumberGenerator.Fill(random);
        return LowerHex.Of(random);
    }

    private static List<KeyValuePair<string, string>> HeadersOf(HttpRequestMessage request, Uri uri)
    {
        var headers = request.Headers
            .Where(h => !h.Key.Equals("Host", StringComparison.OrdinalIgnoreCase))
            .Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value)))
            .ToList();
        headers.Add(new("host", HostHeader.Of(request, uri)));
        if (request.Content is { } content)
        {
            headers.AddRange(content.Headers.Select(h => new KeyValuePair<string, string>(h.Key, string.Join(",", h.Value))));
        }

        return headers;
    }
}
