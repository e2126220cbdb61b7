using System.Linq;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>One client method.</summary>
/// <param name="HttpMethod">The HTTP method as a <c>System.Net.Http.HttpMethod</c> expression.</param>
/// <param name="ResultTypeName">The typed success body, or null when the method returns no value.</param>
/// <param name="ResultJsonProperty">The JSON context property for <paramref name="ResultTypeName"/>.</param>
/// <param name="ResultKind">How the success body is read: "json", "text", "stream" (binary, read as it arrives) or "none".</param>
internal sealed record OperationModel(
    string MethodName,
    string HttpMethod,
    string PathTemplateLiteral,
    EquatableArray<PathPartModel> PathParts,
    EquatableArray<ParameterModel> Parameters,
    RequestBodyModel? Body,
    string? ResultTypeName,
    string? ResultJsonProperty,
    string ResultKind,
    EquatableArray<int> SuccessStatusCodes,
    EquatableArray<ErrorResponseModel> Errors,
    string? DefaultErrorJsonProperty,
    EquatableArray<HeaderConstantModel> ConstantHeaders,
    bool ResultIsNullable,
    EquatableArray<string> DocLines,
    EquatableArray<string> RemarksLines,
    bool IsDeprecated,
    PagingModel? Paging = null)
{
    /// <summary>The spec's <c>x-</c> extensions here, as JSON text.</summary>
    public EquatableArray<ExtensionValue> ExtensionsJson { get; init; }

    /// <summary>The same extensions as plain values, for templates (<c>extensions["x-name"]</c>).</summary>
    public Scriban.Runtime.ScriptObject Extensions => ExtensionValue.ToPlain(ExtensionsJson);

    /// <summary>
    /// The security the operation requires, raw scheme names: any one alternative, each a set sent together
    /// (empty: none). Null when the spec declares no security schemes, so nothing is marked.
    /// </summary>
    public EquatableArray<EquatableArray<string>>? Security { get; init; }

    public bool HasSecurity => Security is not null;

    /// <summary>The expression creating the runtime's <c>RequestSecurity</c> for <see cref="Security"/>.</summary>
    public string SecurityExpression => Security is not { IsEmpty: false } alternatives
        ? "global::CodeGen.Runtime.Authentication.RequestSecurity.None"
        : "new global::CodeGen.Runtime.Authentication.RequestSecurity(" + string.Join(", ", alternatives.Select(a => a.IsEmpty
            ? "global::System.Array.Empty<string>()"
            : "new string[] { " + string.Join(", ", a.Select(Modeling.Literals.String)) + " }")) + ")";

    public bool HasResult => ResultTypeName is not null;

    /// <summary>Whether any parameter goes in the query string.</summary>
    public bool HasQuery => Parameters.Any(parameter => parameter.Location == "query");
}

/// <summary>A piece of the request path: literal text, or the expression giving a parameter's text (escaped when emitted).</summary>
internal sealed record PathPartModel(string? LiteralText, string? ArgumentName, string? FormattedExpression);

/// <summary>A method parameter and where its value goes in the request.</summary>
/// <param name="Location">"path", "query", "header" or "cookie".</param>
/// <param name="ValueExpression">The non-null value (e.g. <c>limit.Value</c>) to format.</param>
internal sealed record ParameterModel(
    string ArgumentName,
    string WireNameLiteral,
    string Location,
    string TypeName,
    bool IsRequired,
    bool IsCollection,
    bool IsValueType,
    string ValueExpression,
    EquatableArray<string> DocLines,
    bool Explode = true,
    string? ObjectFieldsExpression = null,
    string Style = "form")
{
    /// <summary>The spec's <c>x-</c> extensions here, as JSON text.</summary>
    public EquatableArray<ExtensionValue> ExtensionsJson { get; init; }

    /// <summary>The same extensions as plain values, for templates (<c>extensions["x-name"]</c>).</summary>
    public Scriban.Runtime.ScriptObject Extensions => ExtensionValue.ToPlain(ExtensionsJson);

    private const string Formatter = "global::CodeGen.Runtime.Http.ParameterFormatter.";

    /// <summary>Whether the value is an object, sent field by field as its style says.</summary>
    public bool IsObject => ObjectFieldsExpression is not null;

    /// <summary>The statement adding an object-valued query parameter.</summary>
    public string AddObjectToQuery => "global::CodeGen.Runtime.Http.ObjectParameter.AddToQuery(__query, " + WireNameLiteral + ", " + ObjectFieldsExpression + ", \"" + Style + "\", " + (Explode ? "true" : "false") + ");";

    public bool IsOptional => !IsRequired;

    /// <summary>Required reference-type arguments are checked for null before the request is built.</summary>
    public bool NeedsNullCheck => IsRequired && !IsValueType;

    /// <summary>The C# expression giving the parameter's text (list items comma-joined).</summary>
    public string FormattedExpression =>
        IsObject ? "global::CodeGen.Runtime.Http.ObjectParameter.Simple(" + ObjectFieldsExpression + ", " + (Explode ? "true" : "false") + ")"
        : IsCollection ? Formatter + "Join(" + ValueExpression + ")"
        : Formatter + "Format(" + ValueExpression + ")";

    /// <summary>The header carrying a header or cookie parameter.</summary>
    public string HeaderNameLiteral => Location == "cookie" ? "\"Cookie\"" : WireNameLiteral;

    /// <summary>The header value of a header or cookie parameter.</summary>
    public string HeaderValueExpression => Location == "cookie"
        ? WireNameLiteral + " + \"=\" + global::System.Uri.EscapeDataString(" + FormattedExpression + ")"
        : FormattedExpression;

}

/// <summary>A request body.</summary>
/// <param name="Kind">"json", "form" (URL-encoded), "multipart", "text" (a string) or "binary" (a stream).</param>
/// <param name="JsonProperty">The JSON context property of the model (json, form and multipart), else null.</param>
/// <param name="FileFieldLiterals">For multipart: the binary properties' wire names, as C# literals.</param>
internal sealed record RequestBodyModel(
    string ArgumentName,
    string TypeName,
    string? JsonProperty,
    string ContentTypeLiteral,
    bool IsRequired,
    bool IsValueType,
    EquatableArray<string> DocLines,
    string Kind = "json",
    EquatableArray<string> FileFieldLiterals = default)
{
    /// <summary>The expression creating the <c>HttpContent</c>.</summary>
    public string ContentExpression(string jsonContextName) => Kind switch
    {
        "form" => "global::CodeGen.Runtime.Http.FormBodies.UrlEncoded(" + ArgumentName + ", " + jsonContextName + ".Default." + JsonProperty + ")",
        "multipart" => "global::CodeGen.Runtime.Http.FormBodies.Multipart(" + ArgumentName + ", " + jsonContextName + ".Default." + JsonProperty + string.Concat(FileFieldLiterals.Select(f => ", " + f)) + ")",
        "text" => "new global::System.Net.Http.StringContent(" + ArgumentName + ", global::System.Text.Encoding.UTF8, " + ContentTypeLiteral + ")",
        "binary" => "new global::System.Net.Http.StreamContent(" + ArgumentName + ") { Headers = { ContentType = new global::System.Net.Http.Headers.MediaTypeHeaderValue(" + ContentTypeLiteral + ") } }",
        _ => "global::System.Net.Http.Json.JsonContent.Create(" + ArgumentName + ", " + jsonContextName + ".Default." + JsonProperty + ", new global::System.Net.Http.Headers.MediaTypeHeaderValue(" + ContentTypeLiteral + "))",
    };

    /// <summary>Required reference-type bodies are checked for null before the request is built.</summary>
    public bool NeedsNullCheck => IsRequired && !IsValueType;
}

/// <summary>A declared error response whose body deserializes into a generated type.</summary>
/// <param name="Condition">A C# pattern over the status code, e.g. <c>400</c> or <c>&gt;= 400 and &lt; 500</c>.</param>
internal sealed record ErrorResponseModel(string Condition, string JsonProperty);

/// <summary>A header the client always sends for an operation (from <c>x-codegen-headers</c>).</summary>
internal sealed record HeaderConstantModel(string NameLiteral, string ValueLiteral);
