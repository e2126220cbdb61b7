using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Credentials;

namespace CodeGen.Runtime.Authentication;

/// <summary>Sends <c>Authorization: Basic</c> with a user name and password (an OpenAPI <c>http</c> <c>basic</c> scheme), UTF-8 encoded.</summary>
public sealed class BasicAuthenticationHandler : SecuritySchemeHandler
{
    private readonly AuthenticationHeaderValue _authorization;
    private readonly string _userName;

    /// <summary>Creates the handler.</summary>
    /// <param name="options">The user name and password; checked now, so a missing one fails before any request.</param>
    /// <exception cref="MissingCredentialsException">The user name or the password is missing.</exception>
    /// <exception cref="ArgumentException">The user name contains a colon.</exception>
    public BasicAuthenticationHandler(BasicAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var missing = new List<string>();
        if (string.IsNullOrEmpty(options.UserName))
        {
            missing.Add("the user name (UserName)");
        }

        if (options.Password is null)
        {
            missing.Add("the password (Password)");
        }

        if (missing.Count > 0)
        {
            throw new MissingCredentialsException("Basic authentication", missing);
        }

        if (options.UserName!.Contains(':', StringComparison.Ordinal))
        {
            throw new ArgumentException("A Basic authentication user name cannot contain a colon.", nameof(options));
        }

        _userName = options.UserName;
        _authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(options.UserName + ":" + options.Password)));
        AllowInsecureHttp = options.AllowInsecureHttp;
    }

    /// <inheritdoc/>
    protected override IReadOnlyCollection<string> CredentialHeaders => Array.Empty<string>();

    /// <inheritdoc/>
    protected override ValueTask AuthenticateAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = _authorization;
        return default;
    }

    /// <inheritdoc/>
    public override string ToString() => "BasicAuthenticationHandler { Scheme = " + (SchemeName ?? "(any)") + ", UserName = " + Redaction.Identifier(_userName) + ", Password = " + Redaction.Secret + " }";
}
