using System;
using System.Net.Http;
using CodeGen.Runtime.AlibabaCloud;
using CodeGen.Runtime.HuaweiCloud;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;

namespace CodeGen.Runtime.DependencyInjection;

/// <summary>Adds the cloud authentication handlers to any <c>IHttpClientFactory</c> client, generated or not.</summary>
/// <remarks>
/// Each registration also stops the primary handler from following redirects itself (the authentication
/// handler follows them, re-authenticating only on the same origin) and redacts the credential headers in
/// the factory's logs.
/// </remarks>
public static class CloudAuthenticationHttpClientBuilderExtensions
{
    private static readonly string[] SensitiveHeaders =
    {
        "Authorization", HuaweiCloudTokenHandler.HeaderName, "X-Security-Token", "x-acs-security-token",
    };

    /// <summary>Sends a fixed Huawei Cloud IAM token as <c>X-Auth-Token</c>.</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="token">The token.</param>
    public static IHttpClientBuilder AddHuaweiCloudToken(this IHttpClientBuilder builder, string token)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddAuthentication(_ => new HuaweiCloudTokenHandler(token));
    }

    /// <summary>Sends Huawei Cloud IAM tokens from a provider, refreshed before they expire.</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="provider">Creates the token provider from the services.</param>
    /// <remarks>One token cache per client name outlives the handlers the factory rotates.</remarks>
    public static IHttpClientBuilder AddHuaweiCloudToken(this IHttpClientBuilder builder, Func<IServiceProvider, IHuaweiCloudTokenProvider> provider)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(provider);
        builder.Services.AddKeyedSingleton(builder.Name, (services, _) => new HuaweiCloudTokenCache(provider(services), services.GetService<TimeProvider>(), services.GetService<ILoggerFactory>()?.CreateLogger<HuaweiCloudTokenCache>()));
        return builder.AddAuthentication(services => new HuaweiCloudTokenHandler(services.GetRequiredKeyedService<HuaweiCloudTokenCache>(builder.Name)));
    }

    /// <summary>Signs requests with Huawei Cloud AK/SK; without <paramref name="credentials"/>, from the <c>HUAWEICLOUD_SDK_*</c> environment variables.</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="credentials">The credentials, or null for the environment.</param>
    public static IHttpClientBuilder AddHuaweiCloudAkSkSigning(this IHttpClientBuilder builder, HuaweiCloudCredentials? credentials = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddAuthentication(services =>
            new HuaweiCloudSigningHandler(credentials ?? HuaweiCloudCredentials.FromEnvironment(), services.GetService<TimeProvider>()));
    }

    /// <summary>Signs requests with Huawei Cloud AK/SK read from a configuration section (<c>AccessKey</c>, <c>SecretKey</c>, <c>ProjectId</c>, <c>SecurityToken</c>).</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="section">The configuration section.</param>
    public static IHttpClientBuilder AddHuaweiCloudAkSkSigning(this IHttpClientBuilder builder, IConfiguration section)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        return builder.AddAuthentication(services =>
            new HuaweiCloudSigningHandler(HuaweiCloudCredentials.FromConfiguration(section), services.GetService<TimeProvider>()));
    }

    /// <summary>Signs requests for Alibaba Cloud; without <paramref name="credentials"/>, from the <c>ALIBABA_CLOUD_*</c> environment variables.</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="credentials">The credentials, or null for the environment.</param>
    /// <param name="version">The signature to compute (V3 unless an integration needs the legacy ROA one).</param>
    public static IHttpClientBuilder AddAlibabaCloudSigning(this IHttpClientBuilder builder, AlibabaCloudCredentials? credentials = null, AlibabaCloudSignatureVersion version = AlibabaCloudSignatureVersion.V3)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddAuthentication(services =>
            new AlibabaCloudSigningHandler(credentials ?? AlibabaCloudCredentials.FromEnvironment(), version, services.GetService<TimeProvider>()));
    }

    /// <summary>Signs requests for Alibaba Cloud with credentials read from a configuration section (<c>AccessKeyId</c>, <c>AccessKeySecret</c>, <c>SecurityToken</c>).</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="section">The configuration section.</param>
    /// <param name="version">The signature to compute.</param>
    public static IHttpClientBuilder AddAlibabaCloudSigning(this IHttpClientBuilder builder, IConfiguration section, AlibabaCloudSignatureVersion version = AlibabaCloudSignatureVersion.V3)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(section);
        return builder.AddAuthentication(services =>
            new AlibabaCloudSigningHandler(AlibabaCloudCredentials.FromConfiguration(section), version, services.GetService<TimeProvider>()));
    }

    /// <summary>Adds an authentication handler, stops the primary handler from following redirects and redacts the credential headers in logs.</summary>
    internal static IHttpClientBuilder AddAuthentication(this IHttpClientBuilder builder, Func<IServiceProvider, DelegatingHandler> handler, params string[] redactedHeaders)
    {
        builder
            .AddHttpMessageHandler(services =>
            {
                var created = handler(services);
                if (created is Authentication.AuthenticatingHandler authenticating)
                {
                    authenticating.AdditionalCredentials = RedirectHttpClientBuilderExtensions.Configured(services, builder.Name);
                }

                return created;
            })
            .ConfigurePrimaryHttpMessageHandler((primary, _) => RedirectHttpClientBuilderExtensions.DisableRedirects(primary));

        // Added to whatever redaction is already configured (by default every header is redacted), never narrowing it.
        builder.Services.Configure<HttpClientFactoryOptions>(builder.Name, options =>
        {
            var previous = options.ShouldRedactHeaderValue;
            options.ShouldRedactHeaderValue = header =>
                Array.Exists(SensitiveHeaders, name => string.Equals(name, header, StringComparison.OrdinalIgnoreCase)) ||
                Array.Exists(redactedHeaders, name => string.Equals(name, header, StringComparison.OrdinalIgnoreCase)) ||
                previous(header);
        });
        return builder;
    }
}
