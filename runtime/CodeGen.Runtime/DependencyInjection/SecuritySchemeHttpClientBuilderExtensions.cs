using System;
using System.Net.Http;
using CodeGen.Runtime.Authentication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CodeGen.Runtime.DependencyInjection;

/// <summary>
/// Adds the handler of one OpenAPI security scheme to a client. Generated registrations (<c>Add{Api}{Scheme}</c>)
/// call these with the spec's names; any client can call them too.
/// </summary>
/// <remarks>
/// With a scheme name, the handler authenticates only requests whose <see cref="RequestSecurity"/> chooses that
/// scheme: among the alternatives an operation accepts, the first whose schemes all have credentials on this client.
/// A null scheme name authenticates every request. The <c>configure</c> callback runs once, at registration, and
/// missing credentials fail there. Each registration also stops the primary handler from following redirects (the
/// handler follows them, carrying no credential to another origin) and redacts the credential headers in logs.
/// </remarks>
public static class SecuritySchemeHttpClientBuilderExtensions
{
    /// <summary>Sends an API key in a header, a query parameter or a cookie.</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="schemeName">The scheme's name in the spec, or null for every request.</param>
    /// <param name="location">Where the key goes.</param>
    /// <param name="name">The header, query parameter or cookie name.</param>
    /// <param name="configure">Sets the key.</param>
    /// <exception cref="Credentials.MissingCredentialsException">No key was set.</exception>
    public static IHttpClientBuilder AddApiKey(this IHttpClientBuilder builder, string? schemeName, ApiKeyLocation location, string name, Action<ApiKeyOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new ApiKeyOptions();
        configure(options);
        _ = new ApiKeyHandler(location, name, options);
        var redacted = location switch
        {
            ApiKeyLocation.Header => new[] { name },
            ApiKeyLocation.Cookie => new[] { "Cookie" },
            _ => Array.Empty<string>(),
        };
        return builder.AddScheme(schemeName, _ => new ApiKeyHandler(location, name, options) { SchemeName = schemeName }, redacted);
    }

    /// <summary>Sends a fixed token as <c>Authorization: Bearer</c>.</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="schemeName">The scheme's name in the spec, or null for every request.</param>
    /// <param name="configure">Sets the token.</param>
    /// <exception cref="Credentials.MissingCredentialsException">No token was set.</exception>
    public static IHttpClientBuilder AddBearerToken(this IHttpClientBuilder builder, string? schemeName, Action<BearerTokenOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new BearerTokenOptions();
        configure(options);
        _ = new BearerTokenHandler(options);
        return builder.AddScheme(schemeName, _ => new BearerTokenHandler(options) { SchemeName = schemeName });
    }

    /// <summary>Sends a user name and password as <c>Authorization: Basic</c>.</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="schemeName">The scheme's name in the spec, or null for every request.</param>
    /// <param name="configure">Sets the user name and password.</param>
    /// <exception cref="Credentials.MissingCredentialsException">The user name or password was not set.</exception>
    public static IHttpClientBuilder AddBasicAuthentication(this IHttpClientBuilder builder, string? schemeName, Action<BasicAuthenticationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new BasicAuthenticationOptions();
        configure(options);
        _ = new BasicAuthenticationHandler(options);
        return builder.AddScheme(schemeName, _ => new BasicAuthenticationHandler(options) { SchemeName = schemeName });
    }

    /// <summary>Sends OAuth2 access tokens of the client credentials flow as <c>Authorization: Bearer</c>, cached and refreshed before they expire.</summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="schemeName">The scheme's name in the spec, or null for every request.</param>
    /// <param name="configure">Sets the token endpoint, client id, secret and scopes.</param>
    /// <remarks>
    /// One token cache per client and scheme outlives the handlers the factory rotates. The token endpoint is called
    /// through a client of its own (named <c>{client}.OAuth2.{scheme}</c>) that follows no redirect.
    /// </remarks>
    /// <exception cref="Credentials.MissingCredentialsException">The token endpoint, client id or secret was not set.</exception>
    public static IHttpClientBuilder AddOAuth2ClientCredentials(this IHttpClientBuilder builder, string? schemeName, Action<OAuth2ClientCredentialsOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(configure);
        var options = new OAuth2ClientCredentialsOptions();
        configure(options);
        options.Validate();
        var key = builder.Name + ".OAuth2." + schemeName;
        builder.Services.AddHttpClient(key).ConfigurePrimaryHttpMessageHandler((primary, _) => RedirectHttpClientBuilderExtensions.DisableRedirects(primary));
        builder.Services.AddKeyedSingleton(key, (services, _) => new OAuth2TokenCache(
            options,
            () => services.GetRequiredService<IHttpClientFactory>().CreateClient(key),
            services.GetService<TimeProvider>(),
            services.GetService<ILoggerFactory>()?.CreateLogger<OAuth2TokenCache>()));
        return builder.AddScheme(schemeName, services => new OAuth2ClientCredentialsHandler(services.GetRequiredKeyedService<OAuth2TokenCache>(key)) { SchemeName = schemeName });
    }

    private static IHttpClientBuilder AddScheme(this IHttpClientBuilder builder, string? schemeName, Func<IServiceProvider, SecuritySchemeHandler> create, params string[] redactedHeaders)
    {
        if (schemeName is not null)
        {
            builder.Services.Configure<ConfiguredSecuritySchemes>(builder.Name, configured => configured.Names.Add(schemeName));
        }

        return builder.AddAuthentication(
            services =>
            {
                var handler = create(services);
                if (services.GetService<IOptionsMonitor<ConfiguredSecuritySchemes>>() is { } monitor)
                {
                    handler.ConfiguredSchemes = monitor.Get(builder.Name).Names;
                }

                return handler;
            },
            redactedHeaders);
    }
}
