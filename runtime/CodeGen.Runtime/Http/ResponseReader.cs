using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Http;

/// <summary>
/// Reads success bodies for generated clients, never more than a byte limit (generated clients pass their
/// <see cref="HttpClient.MaxResponseContentBufferSize"/>); a body that cannot be read becomes an
/// <see cref="ApiException"/> carrying its beginning.
/// </summary>
public static class ResponseReader
{
    // Bytes of a body kept to show in the exception when it cannot be read: enough for ApiException.MaxBodyLength characters.
    private const int KeptBytes = ApiException.MaxBodyLength * 4;

    /// <summary>Deserializes a JSON body with source-generated metadata, as it arrives.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="response">The response.</param>
    /// <param name="typeInfo">The metadata for <typeparamref name="T"/>.</param>
    /// <param name="maxBytes">The most bytes of body read; a longer body is refused.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <exception cref="ApiException">The body is empty, <c>null</c>, not JSON of the expected shape, or longer than <paramref name="maxBytes"/>.</exception>
    public static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, long maxBytes, CancellationToken cancellationToken)
    {
        var (value, empty) = await DeserializeAsync(response, typeInfo, maxBytes, cancellationToken).ConfigureAwait(false);
        return value ?? throw Unreadable(response, null, empty ? "is empty" : "is null", null);
    }

    /// <summary>Deserializes a JSON body that may be absent (a 204, say) or <c>null</c>, as it arrives.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="response">The response.</param>
    /// <param name="typeInfo">The metadata for <typeparamref name="T"/>.</param>
    /// <param name="maxBytes">The most bytes of body read; a longer body is refused.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>The body, or <c>default</c> when there is none.</returns>
    /// <exception cref="ApiException">The body is not JSON of the expected shape, or is longer than <paramref name="maxBytes"/>.</exception>
    public static async Task<T?> ReadJsonOrDefaultAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, long maxBytes, CancellationToken cancellationToken) =>
        (await DeserializeAsync(response, typeInfo, maxBytes, cancellationToken).ConfigureAwait(false)).Value;

    /// <summary>Reads a text body, decoded with the charset the server declared (else UTF-8).</summary>
    /// <param name="response">The response.</param>
    /// <param name="maxBytes">The most bytes of body read; a longer body is refused.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <exception cref="ApiException">The body is longer than <paramref name="maxBytes"/>.</exception>
    public static async Task<string> ReadTextAsync(HttpResponseMessage response, long maxBytes, CancellationToken cancellationToken)
    {
        using var body = await OpenAsync(response, maxBytes, 0, cancellationToken).ConfigureAwait(false);
        try
        {
            using var reader = new StreamReader(body, EncodingOf(response), detectEncodingFromByteOrderMarks: true);
            return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (BodyTooLargeException exception)
        {
            throw TooLarge(response, exception.Limit);
        }
    }

    /// <summary>Reads at most <paramref name="maxChars"/> characters of a body as text; never throws on content it cannot decode.</summary>
    /// <param name="response">The response.</param>
    /// <param name="maxChars">The most characters to keep.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static async Task<string?> ReadCappedTextAsync(HttpResponseMessage response, int maxChars, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[Math.Min(maxChars, 16 * 1024)];
            var builder = new StringBuilder();
            while (builder.Length < maxChars)
            {
                var read = await reader.ReadAsync(buffer.AsMemory(0, Math.Min(buffer.Length, maxChars - builder.Length)), cancellationToken).ConfigureAwait(false);
                if (read == 0)
                {
                    break;
                }

                builder.Append(buffer, 0, read);
            }

            return builder.Length == 0 ? null : builder.ToString();
        }
    }

    private static async Task<(T? Value, bool Empty)> DeserializeAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        var body = await OpenAsync(response, maxBytes, KeptBytes, cancellationToken).ConfigureAwait(false);
        await using (body.ConfigureAwait(false))
        {
            try
            {
                // Straight from the socket into the deserializer: the body is never held whole beside the model.
                return (await JsonSerializer.DeserializeAsync(body, typeInfo, cancellationToken).ConfigureAwait(false), false);
            }
            catch (JsonException) when (body.BytesRead == 0)
            {
                return (default, true);
            }
            catch (JsonException exception)
            {
                var at = exception.Path is { } path && !exception.Message.Contains(path, StringComparison.Ordinal) ? " at " + path : string.Empty;
                throw Unreadable(response, Text(body.Head), "is not valid JSON for " + typeof(T).Name + at + " (" + exception.Message + ")", exception);
            }
            catch (BodyTooLargeException exception)
            {
                throw TooLarge(response, exception.Limit);
            }
        }
    }

    private static async Task<BoundedReadStream> OpenAsync(HttpResponseMessage response, long maxBytes, int keep, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentOutOfRangeException.ThrowIfNegative(maxBytes);
        if (response.Content.Headers.ContentLength > maxBytes)
        {
            // Declared too long: refused before a byte is read.
            throw TooLarge(response, maxBytes);
        }

        var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        return new BoundedReadStream(stream, maxBytes, keep);
    }

    private static Encoding EncodingOf(HttpResponseMessage response)
    {
        var charset = response.Content.Headers.ContentType?.CharSet?.Trim('"');
        if (!string.IsNullOrEmpty(charset))
        {
            try
            {
                return Encoding.GetEncoding(charset);
            }
            catch (ArgumentException)
            {
                // An unknown charset: UTF-8, as for none.
            }
        }

        return Encoding.UTF8;
    }

    private static string? Text(ReadOnlySpan<byte> head) => head.IsEmpty ? null : Encoding.UTF8.GetString(head);

    private static ApiException TooLarge(HttpResponseMessage response, long limit) =>
        new(
            "The service answered " + (int)response.StatusCode + " with a body larger than the client's limit of " + limit +
            " bytes (HttpClient.MaxResponseContentBufferSize); it was not read further.",
            (int)response.StatusCode,
            null,
            null,
            ApiErrorDetails.From(response, null));

    private static ApiException Unreadable(HttpResponseMessage response, string? body, string problem, Exception? inner)
    {
        var details = ApiErrorDetails.From(response, null);
        var message = "The service answered " + (int)response.StatusCode + " but its body " + ApiException.Escape(problem) + ".";
        return new ApiException(message, (int)response.StatusCode, body, null, details, inner);
    }
}
