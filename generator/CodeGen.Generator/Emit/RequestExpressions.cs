using System.Linq;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit;

/// <summary>The C# a client method builds its request with, for the templates (as <c>query_add</c>, <c>path_part</c>, …).</summary>
/// <remarks>
/// The model says what goes where; these functions say how the runtime is called for it. Values that depend on the
/// JSON context take its name, so a template decides which context a client uses.
/// </remarks>
internal static class RequestExpressions
{
    private const string Formatter = "global::CodeGen.Runtime.Http.ParameterFormatter.";
    private const string ObjectParameter = "global::CodeGen.Runtime.Http.ObjectParameter.";

    /// <summary>The <c>System.Net.Http.HttpMethod</c> for a method name.</summary>
    public static string HttpMethod(string method) => method switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        "TRACE" => "global::System.Net.Http.HttpMethod.Trace",
        _ => "new global::System.Net.Http.HttpMethod(" + Literals.String(method) + ")",
    };

    /// <summary>A parameter's value once it is known to be set (e.g. <c>limit.Value</c>), as JSON text for a type of the project's.</summary>
    public static string ParameterValue(ParameterModel parameter, string jsonContextName)
    {
        var value = parameter.IsNullableValue ? parameter.ArgumentName + ".Value" : parameter.ArgumentName;
        return parameter.JsonTextProperty is null
            ? value
            : Formatter + (parameter.IsCollection ? "JsonTexts(" : "JsonText(") + value + ", " + Metadata(jsonContextName, parameter.JsonTextProperty) + ")";
    }

    /// <summary>A parameter's text in the request (list items comma-joined, object fields as the simple style writes them).</summary>
    public static string ParameterText(ParameterModel parameter, string jsonContextName) =>
        parameter.IsObject ? ObjectParameter + "Simple(" + ObjectFields(parameter, jsonContextName) + ", " + Bool(parameter.Explode) + ")"
        : parameter.IsCollection ? Formatter + "Join(" + ParameterValue(parameter, jsonContextName) + ")"
        : Formatter + "Format(" + ParameterValue(parameter, jsonContextName) + ")";

    /// <summary>The statement adding a query parameter to <c>__query</c>.</summary>
    public static string QueryAdd(ParameterModel parameter, string jsonContextName)
    {
        var name = Literals.String(parameter.WireName);
        if (parameter.IsObject)
        {
            return ObjectParameter + "AddToQuery(__query, " + name + ", " + ObjectFields(parameter, jsonContextName) + ", \"" + StyleName(parameter.Style) + "\", " + Bool(parameter.Explode) + ");";
        }

        return parameter.IsCollection && parameter.Explode
            ? "__query.AddEach(" + name + ", " + ParameterValue(parameter, jsonContextName) + ");"
            : "__query.Add(" + name + ", " + ParameterText(parameter, jsonContextName) + ");";
    }

    /// <summary>The header carrying a header or cookie parameter.</summary>
    public static string HeaderName(ParameterModel parameter) =>
        parameter.Location == ParameterLocation.Cookie ? "\"Cookie\"" : Literals.String(parameter.WireName);

    /// <summary>The header value of a header or cookie parameter.</summary>
    public static string HeaderValue(ParameterModel parameter, string jsonContextName) => parameter.Location == ParameterLocation.Cookie
        ? Literals.String(parameter.WireName) + " + \"=\" + global::System.Uri.EscapeDataString(" + ParameterText(parameter, jsonContextName) + ")"
        : ParameterText(parameter, jsonContextName);

    /// <summary>A piece of the request path: its text as a literal, or the parameter's text escaped as a path segment.</summary>
    public static string PathPart(PathPartModel part, string jsonContextName) => part.Parameter is { } parameter
        ? Formatter + "EscapePathSegment(" + ParameterText(parameter, jsonContextName) + ")"
        : Literals.String(part.Text ?? string.Empty);

    /// <summary>The expression creating a request body's <c>HttpContent</c>.</summary>
    public static string BodyContent(RequestBodyModel body, string jsonContextName) => body.Kind switch
    {
        BodyKind.Form => "global::CodeGen.Runtime.Http.FormBodies.UrlEncoded(" + body.ArgumentName + ", " + Metadata(jsonContextName, body.JsonProperty) + ")",
        BodyKind.Multipart => "global::CodeGen.Runtime.Http.FormBodies.Multipart(" + body.ArgumentName + ", " + Metadata(jsonContextName, body.JsonProperty)
            + string.Concat(body.FileFields.Select(field => ", " + Literals.String(field))) + ")",
        BodyKind.Text => "new global::System.Net.Http.StringContent(" + body.ArgumentName + ", global::System.Text.Encoding.UTF8, " + Literals.String(body.ContentType) + ")",
        BodyKind.Binary => "new global::System.Net.Http.StreamContent(" + body.ArgumentName + ") { Headers = { ContentType = " + MediaType(body) + " } }",
        _ => "global::System.Net.Http.Json.JsonContent.Create(" + body.ArgumentName + ", " + Metadata(jsonContextName, body.JsonProperty) + ", " + MediaType(body) + ")",
    };

    /// <summary>The expression creating the runtime's <c>RequestSecurity</c> for an operation's security.</summary>
    public static string SecurityRequirement(OperationModel operation) => operation.Security is not { IsEmpty: false } alternatives
        ? "global::CodeGen.Runtime.Authentication.RequestSecurity.None"
        : "new global::CodeGen.Runtime.Authentication.RequestSecurity(" + string.Join(", ", alternatives.Select(alternative => TemplateFunctions.StringArray(alternative))) + ")";

    /// <summary>The pattern over the status code that selects an error response, e.g. <c>404</c> or <c>&gt;= 400 and &lt; 500</c>.</summary>
    public static string StatusPattern(ErrorResponseModel error) => error.IsRange
        ? ">= " + Literals.Integer(error.Status) + " and < " + Literals.Integer(error.Status + 100)
        : Literals.Integer(error.Status);

    /// <summary>The expression creating the runtime's list of the names that carry credentials.</summary>
    public static string CredentialNames(ApiModel model) =>
        "new global::CodeGen.Runtime.Http.RequestCredentials("
        + TemplateFunctions.StringArray(model.CredentialHeaders) + ", " + TemplateFunctions.StringArray(model.CredentialQueryParameters) + ")";

    private static string ObjectFields(ParameterModel parameter, string jsonContextName) =>
        ObjectParameter + "Fields(" + ParameterValue(parameter, jsonContextName) + ", " + Metadata(jsonContextName, parameter.ObjectJsonProperty) + ")";

    private static string MediaType(RequestBodyModel body) =>
        "new global::System.Net.Http.Headers.MediaTypeHeaderValue(" + Literals.String(body.ContentType) + ")";

    private static string Metadata(string jsonContextName, string? property) => jsonContextName + ".Default." + property;

    private static string Bool(bool value) => value ? "true" : "false";

    /// <summary>The style as OpenAPI and the runtime spell it.</summary>
    private static string StyleName(ParameterStyle style) => style switch
    {
        ParameterStyle.DeepObject => "deepObject",
        ParameterStyle.SpaceDelimited => "spaceDelimited",
        ParameterStyle.PipeDelimited => "pipeDelimited",
        _ => "form",
    };
}
