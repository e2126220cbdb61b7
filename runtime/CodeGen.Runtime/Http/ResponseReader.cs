using System;
using System.IO;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;

namespace CodeGen.Runtime.Http;

/// <summary>Reads success bodies for generated clients; a body that cannot be read becomes an <see cref="ApiException"/> carrying it.</summary>
public static class ResponseReader
{
    /// <summary>Deserializes a JSON body with source-generated metadata.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="response">The response.</param>
    /// <param name="typeInfo">The metadata for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <exception cref="ApiException">The body is empty, <c>null</c> or not JSON of the expected shape.</exception>
    public static async Task<T> ReadJsonAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(typeInfo);

        // Buffered, so an unreadable body can still be shown to the caller in the exception.
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        T? value;
        try
        {
            value = bytes.Length == 0 ? default : JsonSerializer.Deserialize(bytes, typeInfo);
        }
        catch (JsonException exception)
        {
            throw Unreadable(response, bytes, "is not valid JSON for " + typeof(T).Name + " (" + exception.Message + ")", exception);
        }

        return value ?? throw Unreadable(response, bytes, bytes.Length == 0 ? "is empty" : "is null", null);
    }

    /// <summary>Deserializes a JSON body that may be absent (a 204, say) or <c>null</c>.</summary>
    /// <typeparam name="T">The body type.</typeparam>
    /// <param name="response">The response.</param>
    /// <param name="typeInfo">The metadata for <typeparamref name="T"/>.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    /// <returns>The body, or <c>default</c> when there is none.</returns>
    /// <exception cref="ApiException">The body is not JSON of the expected shape.</exception>
    public static async Task<T?> ReadJsonOrDefaultAsync<T>(HttpResponseMessage response, JsonTypeInfo<T> typeInfo, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        ArgumentNullException.ThrowIfNull(typeInfo);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        if (bytes.Length == 0)
        {
            return default;
        }

        try
        {
            return JsonSerializer.Deserialize(bytes, typeInfo);
        }
        catch (JsonException exception)
        {
            throw Unreadable(response, bytes, "is not valid JSON for " + typeof(T).Name + " (" + exception.Message + ")", exception);
        }
    }

    /// <summary>Reads a text body.</summary>
    /// <param name="response">The response.</param>
    /// <param name="cancellationToken">Cancels reading the body.</param>
    public static Task<string> ReadTextAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Content.ReadAsStringAsync(cancellationToken);
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

    private static ApiException Unreadable(HttpResponseMessage response, byte[] bytes, string problem, Exception? inner)
    {
        var body = bytes.Length == 0 ? null : Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, ApiException.MaxBodyLength * 4));
        var details = ApiErrorDetails.From(response, null);
        var message = "The service answered " + (int)response.StatusCode + " but its body " + problem + ".";
        return new ApiException(message, (int)response.StatusCode, body, null, details, inner);
    }
}
