using System;
using System.Collections.Generic;
using CodeGen.Runtime.Credentials;
using CodeGen.Runtime.Http;
using Microsoft.Extensions.Configuration;

namespace CodeGen.Runtime.AlibabaCloud;

/// <summary>An Alibaba Cloud AccessKey pair, with the security token of STS credentials when there is one.</summary>
/// <remarks><see cref="ToString"/> never shows the secret or the token.</remarks>
public sealed class AlibabaCloudCredentials
{
    /// <summary>The environment variable for <see cref="AccessKeyId"/>, as the vendor's SDKs name it.</summary>
    public const string AccessKeyIdVariable = "ALIBABA_CLOUD_ACCESS_KEY_ID";

    /// <summary>The environment variable for <see cref="AccessKeySecret"/>.</summary>
    public const string AccessKeySecretVariable = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";

    /// <summary>The environment variable for <see cref="SecurityToken"/>.</summary>
    public const string SecurityTokenVariable = "ALIBABA_CLOUD_SECURITY_TOKEN";

    /// <summary>Creates credentials; use <see cref="Validate"/> (or a signing handler) to check them.</summary>
    /// <param name="accessKeyId">The AccessKey id.</param>
    /// <param name="accessKeySecret">The AccessKey secret.</param>
    /// <param name="securityToken">The STS security token (sent as <c>x-acs-security-token</c>), or null.</param>
    public AlibabaCloudCredentials(string accessKeyId, string accessKeySecret, string? securityToken = null)
    {
        AccessKeyId = accessKeyId;
        AccessKeySecret = accessKeySecret;
        SecurityToken = string.IsNullOrEmpty(securityToken) ? null : securityToken;
    }

    /// <summary>The AccessKey id.</summary>
    public string AccessKeyId { get; }

    /// <summary>The AccessKey secret.</summary>
    public string AccessKeySecret { get; }

    /// <summary>The STS security token, or null.</summary>
    public string? SecurityToken { get; }

    /// <summary>Reads <c>ALIBABA_CLOUD_ACCESS_KEY_ID</c>, <c>ALIBABA_CLOUD_ACCESS_KEY_SECRET</c> and <c>ALIBABA_CLOUD_SECURITY_TOKEN</c>.</summary>
    /// <exception cref="MissingCredentialsException">The id or secret variable is missing or empty.</exception>
    public static AlibabaCloudCredentials FromEnvironment() =>
        new AlibabaCloudCredentials(
            Environment.GetEnvironmentVariable(AccessKeyIdVariable) ?? string.Empty,
            Environment.GetEnvironmentVariable(AccessKeySecretVariable) ?? string.Empty,
            Environment.GetEnvironmentVariable(SecurityTokenVariable)).Validate();

    /// <summary>Reads <c>AccessKeyId</c>, <c>AccessKeySecret</c> and <c>SecurityToken</c> from a configuration section.</summary>
    /// <param name="section">The section, e.g. <c>configuration.GetSection("AlibabaCloud")</c>.</param>
    /// <exception cref="MissingCredentialsException">The id or secret is missing or empty.</exception>
    public static AlibabaCloudCredentials FromConfiguration(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new AlibabaCloudCredentials(section["AccessKeyId"] ?? string.Empty, section["AccessKeySecret"] ?? string.Empty, section["SecurityToken"]).Validate();
    }

    /// <summary>Checks that the id and secret are present, and that the values sent in headers hold no line break.</summary>
    /// <returns>These credentials.</returns>
    /// <exception cref="MissingCredentialsException">Naming each missing value and the variable that supplies it.</exception>
    /// <exception cref="ArgumentException">The id or the security token contains CR, LF or NUL.</exception>
    public AlibabaCloudCredentials Validate()
    {
        HeaderValue.EnsureSafe(AccessKeyId, "accessKeyId");
        HeaderValue.EnsureSafe(SecurityToken, "securityToken");
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(AccessKeyId))
        {
            missing.Add("the AccessKey id (" + AccessKeyIdVariable + ")");
        }

        if (string.IsNullOrWhiteSpace(AccessKeySecret))
        {
            missing.Add("the AccessKey secret (" + AccessKeySecretVariable + ")");
        }

        return missing.Count == 0 ? this : throw new MissingCredentialsException("Alibaba Cloud request signing", missing);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"AlibabaCloudCredentials {{ AccessKeyId = {Redaction.Identifier(AccessKeyId)}, AccessKeySecret = {Redaction.Presence(AccessKeySecret)}, SecurityToken = {Redaction.Presence(SecurityToken)} }}";
}
