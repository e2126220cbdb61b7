using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using CodeGen.Runtime.Authentication;
using CodeGen.Runtime.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace CodeGen.Runtime.DependencyInjection;

/// <summary>Keeps a client's credentials from following redirects to other origins.</summary>
public static class RedirectHttpClientBuilderExtensions
{
    /// <summary>
    /// Follows redirects with a <see cref="CrossOriginRedirectHandler"/> instead of the primary handler, so that a hop to
    /// another origin carries no credential header or query parameter. Generated <c>Add{Client}</c> registrations call it.
    /// </summary>
    /// <param name="builder">The client builder.</param>
    public static IHttpClientBuilder AddCrossOriginRedirects(this IHttpClientBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddHttpMessageHandler(services => new CrossOriginRedirectHandler { AdditionalCredentials = Configured(services, builder.Name) })
            .ConfigurePrimaryHttpMessageHandler((primary, _) => DisableRedirects(primary));
    }

    /// <summary>
    /// Names headers and query parameters of this client that carry credentials the spec does not declare: the
    /// handlers of this library drop them on a redirect to another origin, and the factory's logs redact the headers.
    /// </summary>
    /// <param name="builder">The client builder.</param>
    /// <param name="headers">Header names, such as <c>X-My-Key</c>.</param>
    /// <param name="queryParameters">Query parameter names, or null.</param>
    public static IHttpClientBuilder AddCredentialNames(this IHttpClientBuilder builder, IEnumerable<string> headers, IEnumerable<string>? queryParameters = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(headers);
        var headerNames = headers.ToArray();
        var queryNames = queryParameters?.ToArray() ?? Array.Empty<string>();
        builder.Services.Configure<CredentialNamesOptions>(builder.Name, options =>
        {
            options.Headers.UnionWith(headerNames);
            options.QueryParameters.UnionWith(queryNames);
        });
        builder.Services.Configure<HttpClientFactoryOptions>(builder.Name, options =>
        {
            var previous = options.ShouldRedactHeaderValue;
            options.ShouldRedactHeaderValue = header =>
                Array.Exists(headerNames, name => string.Equals(name, header, StringComparison.OrdinalIgnoreCase)) || previous(header);
        });
        return builder;
    }

    internal static RequestCredentials? Configured(IServiceProvider services, string clientName) =>
        services.GetService<IOptionsMonitor<CredentialNamesOptions>>()?.Get(clientName).ToRequestCredentials();

    internal static void DisableRedirects(HttpMessageHandler primary)
    {
        switch (primary)
        {
            case SocketsHttpHandler sockets:
                sockets.AllowAutoRedirect = false;
                break;
            case HttpClientHandler client:
                client.AllowAutoRedirect = false;
                break;
        }
    }
}
