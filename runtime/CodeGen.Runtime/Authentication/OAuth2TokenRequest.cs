using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Credentials;

namespace CodeGen.Runtime.Authentication;

/// <summary>Asks an OAuth2 token endpoint for an access token with the client credentials grant (RFC 6749 section 4.4).</summary>
internal static class OAuth2TokenRequest
{
    /// <summary>The longest lifetime a token is given, whatever the endpoint or the options say.</summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromDays(3650);

    public static async ValueTask<ExpiringToken> SendAsync(HttpMessageInvoker client, OAuth2ClientCredentialsOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        var endpoint = options.TokenUrl!;
        if (!LoopbackHost.MaySendCredentials(endpoint, options.AllowInsecureHttp))
        {
            throw new InvalidOperationException(
                "The OAuth2 client secret is not sent over plain HTTP to " + endpoint.Scheme + "://" + endpoint.Authority + "; use HTTPS, or set AllowInsecureHttp to accept the risk.");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new FormUrlEncodedContent(Form(options)) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!options.SendCredentialsInBody)
        {
            // RFC 6749 section 2.3.1: each part form-encoded before they are joined.
            var pair = WebUtility.UrlEncode(options.ClientId) + ":" + WebUtility.UrlEncode(options.ClientSecret);
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(pair)));
        }

        var sentAt = time.GetUtcNow();
        // An HttpClient would otherwise buffer the whole body (up to 2 GB) before the bounded read below sees it.
        using var response = client is HttpClient httpClient
            ? await httpClient.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false)
            : await client.SendAsync(request, cancellationToken).ConfigureAwait(false);
        var body = await ReadBoundedAsync(response, options.MaxTokenResponseBytes, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var error = ErrorCode(body);
            throw new OAuth2TokenException(
                "The OAuth2 token endpoint answered " + (int)response.StatusCode + (error is null ? string.Empty : " (" + error + ")") + ".",
                response.StatusCode,
                error);
        }

        return Parse(body, sentAt, options.DefaultLifetime, response.StatusCode);
    }

    private static IEnumerable<KeyValuePair<string, string>> Form(OAuth2ClientCredentialsOptions options)
    {
        yield return new("grant_type", "client_credentials");
        var scopes = options.Scopes.Where(s => !string.IsNullOrEmpty(s)).Distinct(StringComparer.Ordinal).ToArray();
        if (scopes.Length > 0)
        {
            yield return new("scope", string.Join(" ", scopes));
        }

        if (options.SendCredentialsInBody)
        {
            yield return new("client_id", options.ClientId!);
            yield return new("client_secret", options.ClientSecret!);
        }
    }

    private static async ValueTask<byte[]> ReadBoundedAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentLength > limit)
        {
            throw new OAuth2TokenException("The OAuth2 token response is larger than " + limit + " bytes.", response.StatusCode);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[8192];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    throw new OAuth2TokenException("The OAuth2 token response is larger than " + limit + " bytes.", response.StatusCode);
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
    }

    private static ExpiringToken Parse(byte[] body, DateTimeOffset sentAt, TimeSpan defaultLifetime, HttpStatusCode status)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object ||
                !root.TryGetProperty("access_token", out var accessToken) || accessToken.ValueKind != JsonValueKind.String ||
                accessToken.GetString() is not { Length: > 0 } value)
            {
                throw new OAuth2TokenException("The OAuth2 token response has no access_token.", status);
            }

            if (root.TryGetProperty("token_type", out var type) && type.ValueKind == JsonValueKind.String &&
                !string.Equals(type.GetString(), "Bearer", StringComparison.OrdinalIgnoreCase))
            {
                throw new OAuth2TokenException("The OAuth2 token endpoint issued a token of a type other than Bearer, which this client cannot send.", status);
            }

            // expires_in of zero or less: the token is used for the request that asked for it and never cached.
            var lifetime = ExpiresIn(root) switch
            {
                null => defaultLifetime,
                <= 0 => TimeSpan.Zero,
                var seconds => TimeSpan.FromSeconds(Math.Min(seconds.Value, MaxLifetime.TotalSeconds)),
            };
            return new ExpiringToken(value, sentAt + lifetime);
        }
        catch (JsonException)
        {
            throw new OAuth2TokenException("The OAuth2 token response is not JSON.", status);
        }
    }

    private static double? ExpiresIn(JsonElement root)
    {
        if (!root.TryGetProperty("expires_in", out var expires))
        {
            return null;
        }

        return expires.ValueKind switch
        {
            JsonValueKind.Number when expires.TryGetDouble(out var number) => number,
            JsonValueKind.String when double.TryParse(expires.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var text) && !double.IsNaN(text) => text,
            _ => null,
        };
    }

    /// <summary>The RFC 6749 <c>error</c> code of an error body, when it is one; its description is left out, as it may quote the request.</summary>
    private static string? ErrorCode(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object &&
                   document.RootElement.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.String &&
                   error.GetString() is { Length: > 0 and <= 64 } code && code.All(c => c is >= '\x20' and <= '\x7e' and not '"' and not '\\')
                ? code
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
