using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using CodeGen.Runtime.Http;

namespace CodeGen.Runtime;

/// <summary>
/// A service answered with an error status, or with a body the client cannot read.
/// Carries the status, the vendor's error code, message and request id when the body or headers have them,
/// the raw body (capped at <see cref="MaxBodyLength"/> characters) and the typed error model the spec declares.
/// </summary>
public class ApiException : Exception
{
    /// <summary>The most characters of a response body an exception keeps.</summary>
    public const int MaxBodyLength = 64 * 1024;

    /// <summary>Creates an exception for a response.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="statusCode">The HTTP status code.</param>
    /// <param name="responseBody">The response body as text, if any; longer bodies are cut at <see cref="MaxBodyLength"/>.</param>
    /// <param name="error">The body deserialized into the spec's error model, if it declares one.</param>
    /// <param name="details">The vendor fields found in the body and headers.</param>
    /// <param name="innerException">The exception that made the body unreadable, if any.</param>
    public ApiException(string message, int statusCode, string? responseBody, object? error, ApiErrorDetails details, Exception? innerException = null)
        : base(message, innerException)
    {
        StatusCode = statusCode;
        ResponseBody = responseBody is { Length: > MaxBodyLength } ? responseBody[..MaxBodyLength] : responseBody;
        Error = error;
        ErrorCode = details.Code;
        ErrorMessage = details.Message;
        RequestId = details.RequestId;
    }

    /// <summary>The HTTP status code.</summary>
    public int StatusCode { get; }

    /// <summary>The response body as text (at most <see cref="MaxBodyLength"/> characters), or null when there was none.</summary>
    public string? ResponseBody { get; }

    /// <summary>The body as the error model the spec declares for this status, or null.</summary>
    public object? Error { get; }

    /// <summary>The vendor's error code (<c>error_code</c>, <c>code</c>…), when the body has one.</summary>
    public string? ErrorCode { get; }

    /// <summary>The vendor's error message (<c>error_msg</c>, <c>message</c>…), when the body has one.</summary>
    public string? ErrorMessage { get; }

    /// <summary>The request id from the response headers or body, for the vendor's support.</summary>
    public string? RequestId { get; }

    /// <summary>The typed error model, if it is a <typeparamref name="TError"/>.</summary>
    /// <typeparam name="TError">The error model type.</typeparam>
    public TError? GetError<TError>()
        where TError : class => Error as TError;

    /// <summary>Reads an error response into an exception, deserializing the body with <paramref name="errorType"/> when given.</summary>
    /// <param name="response">The response.</param>
    /// <param name="errorType">Metadata of the error model the spec declares for this status, or null.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static async Task<ApiException> FromResponseAsync(HttpResponseMessage response, JsonTypeInfo? errorType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var body = await ResponseReader.ReadCappedTextAsync(response, MaxBodyLength, cancellationToken).ConfigureAwait(false);
        object? error = null;
        if (errorType is not null && !string.IsNullOrWhiteSpace(body))
        {
            try
            {
                error = JsonSerializer.Deserialize(body, errorType);
            }
            catch (JsonException)
            {
                // Not the declared shape (an HTML page from a proxy, say): the raw body still says what happened.
            }
        }

        var details = ApiErrorDetails.From(response, body);
        return new ApiException(Describe((int)response.StatusCode, response.ReasonPhrase, details), (int)response.StatusCode, body, error, details);
    }

    internal static string Describe(int statusCode, string? reasonPhrase, ApiErrorDetails details)
    {
        var builder = new StringBuilder("The service answered ").Append(statusCode);
        var reason = string.IsNullOrEmpty(reasonPhrase) ? ReasonOf(statusCode) : reasonPhrase;
        if (!string.IsNullOrEmpty(reason))
        {
            builder.Append(" (").Append(Escape(reason)).Append(')');
        }

        // The server wrote these: escaped, a line break in them cannot start a forged line in a log.
        if (details.Code is not null)
        {
            builder.Append(", code ").Append(Escape(details.Code));
        }

        if (details.Message is not null)
        {
            builder.Append(": ").Append(Escape(details.Message));
        }

        if (details.RequestId is not null)
        {
            builder.Append(" (request id ").Append(Escape(details.RequestId)).Append(')');
        }

        return builder.Append('.').ToString();
    }

    /// <summary>Control characters (and the Unicode line and paragraph separators) as C#-style escapes, so text from a server stays on one line.</summary>
    internal static string Escape(string text)
    {
        var first = IndexOfControl(text);
        if (first < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8).Append(text, 0, first);
        for (var i = first; i < text.Length; i++)
        {
            var c = text[i];
            _ = c switch
            {
                '\r' => builder.Append("\\r"),
                '\n' => builder.Append("\\n"),
                '\t' => builder.Append("\\t"),
                _ when IsControl(c) => builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();

        static int IndexOfControl(string text)
        {
            for (var i = 0; i < text.Length; i++)
            {
                if (IsControl(text[i]))
                {
                    return i;
                }
            }

            return -1;
        }

        static bool IsControl(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';
    }

    private static string? ReasonOf(int statusCode) =>
        Enum.IsDefined(typeof(HttpStatusCode), statusCode) ? ((HttpStatusCode)statusCode).ToString() : null;
}
