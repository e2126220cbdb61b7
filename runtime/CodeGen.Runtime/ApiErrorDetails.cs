using System;
using System.Linq;
using System.Net.Http;
using System.Text.Json;

namespace CodeGen.Runtime;

/// <summary>The vendor fields of an error response: code, message and request id.</summary>
/// <param name="Code">The vendor's error code.</param>
/// <param name="Message">The vendor's error message.</param>
/// <param name="RequestId">The request id.</param>
public readonly record struct ApiErrorDetails(string? Code, string? Message, string? RequestId)
{
    private static readonly string[] CodeNames = { "error_code", "code", "Code", "errorCode" };
    private static readonly string[] MessageNames = { "error_msg", "message", "Message", "errorMessage", "error_message" };
    private static readonly string[] RequestIdNames = { "request_id", "requestId", "RequestId" };
    private static readonly string[] RequestIdHeaders = { "X-Request-Id", "x-acs-request-id", "X-Acs-Request-Id" };

    /// <summary>Finds the fields in the usual places: the body's top level or its <c>error</c> object, then the headers.</summary>
    /// <param name="response">The response.</param>
    /// <param name="body">The response body as text.</param>
    public static ApiErrorDetails From(HttpResponseMessage response, string? body)
    {
        ArgumentNullException.ThrowIfNull(response);
        string? code = null, message = null, requestId = null;
        if (!string.IsNullOrWhiteSpace(body) && body.TrimStart().StartsWith('{'))
        {
            try
            {
                using var document = JsonDocument.Parse(body);
                var root = document.RootElement;
                var scope = root.TryGetProperty("error", out var nested) && nested.ValueKind == JsonValueKind.Object ? nested : root;
                code = FirstString(scope, CodeNames) ?? FirstString(root, CodeNames);
                message = FirstString(scope, MessageNames) ?? FirstString(root, MessageNames);
                requestId = FirstString(root, RequestIdNames);
            }
            catch (JsonException)
            {
                // A body that is not JSON has no fields to find.
            }
        }

        requestId ??= RequestIdHeaders
            .Select(name => response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null)
            .FirstOrDefault(value => !string.IsNullOrEmpty(value));
        return new ApiErrorDetails(code, message, requestId);
    }

    private static string? FirstString(JsonElement element, string[] names)
    {
        foreach (var name in names)
        {
            if (element.TryGetProperty(name, out var value))
            {
                switch (value.ValueKind)
                {
                    case JsonValueKind.String:
                        return value.GetString();
                    case JsonValueKind.Number:
                        return value.GetRawText();
                }
            }
        }

        return null;
    }
}
