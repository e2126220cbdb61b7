using System.Linq;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>One client method.</summary>
/// <param name="HttpMethod">The HTTP method's name in upper case, e.g. <c>GET</c>.</param>
/// <param name="PathTemplate">The operation's path as the spec writes it, <c>{variable}</c> placeholders included.</param>
/// <param name="ResultType">The typed success body, or null when the method returns no value.</param>
/// <param name="ResultJsonProperty">The JSON context property for <paramref name="ResultType"/>.</param>
/// <param name="ResultKind">How the success body is read.</param>
internal sealed record OperationModel(
    string MethodName,
    string HttpMethod,
    string PathTemplate,
    EquatableArray<PathPartModel> PathParts,
    EquatableArray<ParameterModel> Parameters,
    RequestBodyModel? Body,
    TypeRef? ResultType,
    string? ResultJsonProperty,
    ResultKind ResultKind,
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

    public bool HasResult => ResultType is not null;

    /// <summary>Whether any parameter goes in the query string.</summary>
    public bool HasQuery => Parameters.Any(parameter => parameter.Location == ParameterLocation.Query);
}

/// <summary>A piece of the request path: text of the path as the spec writes it, or a parameter whose value is escaped into it.</summary>
internal sealed record PathPartModel(string? Text, ParameterModel? Parameter)
{
    public string? ArgumentName => Parameter?.ArgumentName;
}

/// <summary>A method parameter and where its value goes in the request.</summary>
/// <param name="WireName">The parameter's name in the request, raw.</param>
/// <param name="IsNullableValue">Whether the argument is a <c>Nullable&lt;T&gt;</c>, read through <c>.Value</c> once it is known to be set.</param>
/// <param name="Style">How an object value is sent (lists follow <paramref name="Explode"/>).</param>
/// <param name="JsonTextProperty">For a type of the project's that is not an object: the JSON context property whose JSON text is sent.</param>
/// <param name="ObjectJsonProperty">For an object: the JSON context property whose fields are sent as <paramref name="Style"/> says.</param>
internal sealed record ParameterModel(
    string ArgumentName,
    string WireName,
    ParameterLocation Location,
    TypeRef Type,
    bool IsRequired,
    bool IsCollection,
    bool IsValueType,
    bool IsNullableValue,
    EquatableArray<string> DocLines,
    bool Explode = true,
    ParameterStyle Style = ParameterStyle.Form,
    string? JsonTextProperty = null,
    string? ObjectJsonProperty = null)
{
    /// <summary>The spec's <c>x-</c> extensions here, as JSON text.</summary>
    public EquatableArray<ExtensionValue> ExtensionsJson { get; init; }

    /// <summary>The same extensions as plain values, for templates (<c>extensions["x-name"]</c>).</summary>
    public Scriban.Runtime.ScriptObject Extensions => ExtensionValue.ToPlain(ExtensionsJson);

    /// <summary>Whether the value is an object, sent field by field as its style says.</summary>
    public bool IsObject => ObjectJsonProperty is not null;

    public bool IsOptional => !IsRequired;

    /// <summary>Required reference-type arguments are checked for null before the request is built.</summary>
    public bool NeedsNullCheck => IsRequired && !IsValueType;
}

/// <summary>A request body.</summary>
/// <param name="JsonProperty">The JSON context property of the model (json, form and multipart), else null.</param>
/// <param name="ContentType">The media type sent, raw.</param>
/// <param name="FileFields">For multipart: the binary properties' wire names, raw.</param>
internal sealed record RequestBodyModel(
    string ArgumentName,
    TypeRef Type,
    string? JsonProperty,
    string ContentType,
    bool IsRequired,
    bool IsValueType,
    EquatableArray<string> DocLines,
    BodyKind Kind = BodyKind.Json,
    EquatableArray<string> FileFields = default)
{
    /// <summary>Required reference-type bodies are checked for null before the request is built.</summary>
    public bool NeedsNullCheck => IsRequired && !IsValueType;
}

/// <summary>A declared error response whose body deserializes into a generated type.</summary>
/// <param name="Status">The status code, or for a range (<c>4XX</c>) the first code of it.</param>
/// <param name="IsRange">Whether the response stands for the hundred codes from <paramref name="Status"/>.</param>
internal sealed record ErrorResponseModel(int Status, bool IsRange, string JsonProperty);

/// <summary>A header the client always sends for an operation (from <c>x-codegen-headers</c>), raw.</summary>
internal sealed record HeaderConstantModel(string Name, string Value);
