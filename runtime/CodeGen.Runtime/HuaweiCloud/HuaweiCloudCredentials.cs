using System;
using System.Collections.Generic;
using CodeGen.Runtime.Credentials;
using CodeGen.Runtime.Http;
using Microsoft.Extensions.Configuration;

namespace CodeGen.Runtime.HuaweiCloud;

/// <summary>A Huawei Cloud access key pair (AK/SK), with the optional project id and security token.</summary>
/// <remarks><see cref="ToString"/> never shows the secret key or the token.</remarks>
public sealed class HuaweiCloudCredentials
{
    /// <summary>The environment variable for <see cref="AccessKey"/>, as the vendor's SDKs name it.</summary>
    public const string AccessKeyVariable = "HUAWEICLOUD_SDK_AK";

    /// <summary>The environment variable for <see cref="SecretKey"/>.</summary>
    public const string SecretKeyVariable = "HUAWEICLOUD_SDK_SK";

    /// <summary>The environment variable for <see cref="ProjectId"/>.</summary>
    public const string ProjectIdVariable = "HUAWEICLOUD_SDK_PROJECT_ID";

    /// <summary>The environment variable for <see cref="SecurityToken"/>.</summary>
    public const string SecurityTokenVariable = "HUAWEICLOUD_SDK_SECURITY_TOKEN";

    /// <summary>Creates credentials; use <see cref="Validate"/> (or a signing handler) to check them.</summary>
    /// <param name="accessKey">The access key (AK).</param>
    /// <param name="secretKey">The secret key (SK).</param>
    /// <param name="projectId">The project id for project-scoped APIs (sent as <c>X-Project-Id</c>), or null.</param>
    /// <param name="securityToken">The security token of temporary credentials (sent as <c>X-Security-Token</c>), or null.</param>
    public HuaweiCloudCredentials(string accessKey, string secretKey, string? projectId = null, string? securityToken = null)
    {
        AccessKey = accessKey;
        SecretKey = secretKey;
        ProjectId = string.IsNullOrEmpty(projectId) ? null : projectId;
        SecurityToken = string.IsNullOrEmpty(securityToken) ? null : securityToken;
    }

    /// <summary>The access key (AK).</summary>
    public string AccessKey { get; }

    /// <summary>The secret key (SK).</summary>
    public string SecretKey { get; }

    /// <summary>The project id, or null.</summary>
    public string? ProjectId { get; }

    /// <summary>The security token of temporary credentials, or null.</summary>
    public string? SecurityToken { get; }

    /// <summary>Reads <c>HUAWEICLOUD_SDK_AK</c>, <c>HUAWEICLOUD_SDK_SK</c>, <c>HUAWEICLOUD_SDK_PROJECT_ID</c> and <c>HUAWEICLOUD_SDK_SECURITY_TOKEN</c>.</summary>
    /// <exception cref="MissingCredentialsException">The AK or SK variable is missing or empty.</exception>
    public static HuaweiCloudCredentials FromEnvironment() =>
        new HuaweiCloudCredentials(
            Environment.GetEnvironmentVariable(AccessKeyVariable) ?? string.Empty,
            Environment.GetEnvironmentVariable(SecretKeyVariable) ?? string.Empty,
            Environment.GetEnvironmentVariable(ProjectIdVariable),
            Environment.GetEnvironmentVariable(SecurityTokenVariable)).Validate();

    /// <summary>Reads <c>AccessKey</c>, <c>SecretKey</c>, <c>ProjectId</c> and <c>SecurityToken</c> from a configuration section.</summary>
    /// <param name="section">The section, e.g. <c>configuration.GetSection("HuaweiCloud")</c>.</param>
    /// <exception cref="MissingCredentialsException">The access key or secret key is missing or empty.</exception>
    public static HuaweiCloudCredentials FromConfiguration(IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(section);
        return new HuaweiCloudCredentials(
            section["AccessKey"] ?? string.Empty,
            section["SecretKey"] ?? string.Empty,
            section["ProjectId"],
            section["SecurityToken"]).Validate();
    }

    /// <summary>Checks that the access key and secret key are present, and that the values sent in headers hold no line break.</summary>
    /// <returns>These credentials.</returns>
    /// <exception cref="MissingCredentialsException">Naming each missing value and the variable that supplies it.</exception>
    /// <exception cref="ArgumentException">The access key, project id or security token contains CR, LF or NUL.</exception>
    public HuaweiCloudCredentials Validate()
    {
        HeaderValue.EnsureSafe(AccessKey, "accessKey");
        HeaderValue.EnsureSafe(ProjectId, "projectId");
        HeaderValue.EnsureSafe(SecurityToken, "securityToken");
        var missing = new List<string>();
        if (string.IsNullOrWhiteSpace(AccessKey))
        {
            missing.Add("the access key (" + AccessKeyVariable + ")");
        }

        if (string.IsNullOrWhiteSpace(SecretKey))
        {
            missing.Add("the secret key (" + SecretKeyVariable + ")");
        }

        return missing.Count == 0 ? this : throw new MissingCredentialsException("Huawei Cloud AK/SK authentication", missing);
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"HuaweiCloudCredentials {{ AccessKey = {Redaction.Identifier(AccessKey)}, SecretKey = {Redaction.Presence(SecretKey)}, ProjectId = {ProjectId ?? "(none)"}, SecurityToken = {Redaction.Presence(SecurityToken)} }}";
}
