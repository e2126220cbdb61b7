using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Authentication;
using CodeGen.Runtime.Http;
using CodeGen.Runtime.Signing;

namespace CodeGen.Runtime.HuaweiCloud;

/// <summary>Signs every request with Huawei Cloud AK/SK (<c>SDK-HMAC-SHA256</c>).</summary>
/// <remarks>
/// Adds <c>X-Sdk-Date</c>, <c>X-Project-Id</c> (when the credentials name a project), <c>X-Security-Token</c>
/// (temporary credentials) and <c>Authorization</c>. Signs <c>host</c>, <c>content-type</c> and those headers.
/// The body is hashed from a buffer, so it is still sent.
/// </remarks>
public sealed class HuaweiCloudSigningHandler : AuthenticatingHandler
{
    private static readonly string[] Added = { "X-Sdk-Date", "X-Project-Id", "X-Security-Token", "Authorization" };

    private readonly HuaweiCloudCredentials _credentials;
    private readonly TimeProvider _time;

    /// <summary>Creates the handler.</summary>
    /// <param name="credentials">The AK/SK; checked now, so a missing value fails before any request.</param>
    /// <param name="timeProvider">The clock for <c>X-Sdk-Date</c>; the system clock by default.</param>
    /// <exception cref="Credentials.MissingCredentialsException">The AK or SK is missing.</exception>
    public HuaweiCloudSigningHandler(HuaweiCloudCredentials credentials, TimeProvider? timeProvider = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        _credentials = credentials.Validate();
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <inheritdoc/>
    protected override IReadOnlyCollection<string> CredentialHeaders => Added;

    /// <inheritdoc/>
    protected override async ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var uri = request.RequestUri!;

        var date = HuaweiCloudSigner.FormatDate(_time.GetUtcNow());
        request.Headers.TryAddWithoutValidation("X-Sdk-Date", date);
        var signed = new List<KeyValuePair<string, string>>
        {
            new("host", HostHeader.Of(request, uri)),
            new("x-sdk-date", date),
        };
        if (_credentials.ProjectId is { } projectId)
        {
            request.Headers.TryAddWithoutValidation("X-Project-Id", projectId);
            signed.Add(new("x-project-id", projectId));
        }

        if (_credentials.SecurityToken is { } token)
        {
            request.Headers.TryAddWithoutValidation("X-Security-Token", token);
            signed.Add(new("x-security-token", token));
        }

        if (request.Content?.Headers.ContentType is { } contentType)
        {
            signed.Add(new("content-type", contentType.ToString()));
        }

        var bodyHash = await RequestBody.Sha256HexAsync(request.Content, cancellationToken).ConfigureAwait(false);
        var signature = HuaweiCloudSigner.Sign(request.Method.Method, uri, signed, bodyHash, _credentials.AccessKey, _credentials.SecretKey);
        request.Headers.TryAddWithoutValidation("Authorization", signature.Authorization);
    }

    /// <inheritdoc/>
    public override string ToString() => "HuaweiCloudSigningHandler { " + _credentials + " }";
}
