using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>Builds one client method per OpenAPI operation.</summary>
internal sealed class OperationBuilder(ModelContext context, TypeResolver types, NameScope methodNames, System.Threading.CancellationToken cancellationToken)
{
    private readonly PagingBuilder _paging = new(context, types);

    // Locals of generated methods start with "__", so no argument name can clash with them.
    private static readonly string[] ReservedArguments = { "cancellationToken", "pageSize" };

    public OperationModel Build(string path, System.Net.Http.HttpMethod method, OpenApiOperation operation, IList<IOpenApiParameter>? pathItemParameters)
    {
        var pointer = SpecPointer.Append(SpecPointer.Append("/paths", path), method.Method.ToLowerInvariant());
        var baseName = operation.OperationId is { Length: > 0 } id
            ? Identifiers.ToPascalCase(id)
            : Identifiers.ToPascalCase(method.Method.ToLowerInvariant() + " " + path.Replace("{", " ").Replace("}", " "));
        var methodName = methodNames.Take(baseName + "Async", context, pointer, "Operation", operation.OperationId ?? method.Method + " " + path);
        var typeHint = methodName.Substring(0, methodName.Length - "Async".Length);

        var argumentNames = new NameScope(ReservedArguments);
        var parameters = BuildParameters(pointer, path, operation, pathItemParameters, argumentNames, typeHint);
        var body = BuildBody(pointer, operation, argumentNames, typeHint);
        var (resultType, resultJson, resultKind, successCodes, resultNullable) = BuildResult(pointer, operation, typeHint);
        var (errors, defaultError) = BuildErrors(pointer, operation, typeHint);
        var orderedParameters = parameters.OrderBy(p => p.IsRequired ? 0 : 1).ToEquatableArray();
        var declaredParameters = (operation.Parameters ?? new List<IOpenApiParameter>()).Concat(pathItemParameters ?? new List<IOpenApiParameter>());
        var paging = _paging.Build(pointer, methodName, operation, declaredParameters, orderedParameters.ToList(), body is not null, resultKind == "json" ? resultType : null);

        return new OperationModel(
            methodName,
            HttpMethodExpression(method),
            Literals.String(path),
            BuildPathParts(path, parameters),
            orderedParameters,
            body,
            resultType,
            resultJson,
            resultKind,
            successCodes,
            errors,
            defaultError,
            ConstantHeaders(operation),
            resultNullable,
            new EquatableArray<string>(Literals.DocLines(operation.Summary, operation.Description)),
            new EquatableArray<string>(Literals.DocLines(PermissionRemark(operation))),
            operation.Deprecated,
            paging)
        {
            ExtensionsJson = VendorExtensions.ForTemplates(operation.Extensions),
        };
    }

    private List<ParameterModel> BuildParameters(string pointer, string path, OpenApiOperation operation, IList<IOpenApiParameter>? pathItemParameters, NameScope argumentNames, string typeHint)
    {
        // Operation-level parameters override path-level ones with the same name and location.
        var merged = new List<(IOpenApiParameter Parameter, string Pointer)>();
        var operationParameters = operation.Parameters ?? new List<IOpenApiParameter>();
        var overridden = new HashSet<(string?, ParameterLocation?)>(operationParameters.Select(p => (p.Name, p.In)));
        var index = 0;
        foreach (var parameter in pathItemParameters ?? new List<IOpenApiParameter>())
        {
            var parameterPointer = SpecPointer.Append(SpecPointer.Append(SpecPointer.Append("/paths", path), "parameters"), index++);
            if (!overridden.Contains((parameter.Name, parameter.In)))
            {
                merged.Add((parameter, parameterPointer));
            }
        }

        index = 0;
        foreach (var parameter in operationParameters)
        {
            merged.Add((parameter, SpecPointer.Append(SpecPointer.Append(pointer, "parameters"), index++)));
        }

        var result = new List<ParameterModel>();
        foreach (var (parameter, parameterPointer) in merged)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (parameter.Name is not { Length: > 0 } name || parameter.In is not { } location)
            {
                // The reader has reported the missing field as an error already.
                continue;
            }

            var locationName = location switch
            {
                ParameterLocation.Path => "path",
                ParameterLocation.Query => "query",
                ParameterLocation.Header => "header",
                ParameterLocation.Cookie => "cookie",
                _ => null,
            };
            if (locationName is null)
            {
                context.Report(DiagnosticDescriptors.UnsupportedConstruct, parameterPointer, "A '" + location + "' parameter", name, "nothing (skipped)");
                continue;
            }

            var required = parameter.Required || location == ParameterLocation.Path;
            var schema = parameter.Schema ?? parameter.Content?.Values.FirstOrDefault()?.Schema;
            var type = types.Resolve(schema, SpecPointer.Append(parameterPointer, "schema"), typeHint + Identifiers.ToPascalCase(name));

            // A path segment cannot be null: a nullable schema there still takes a value.
            if (location == ParameterLocation.Path)
            {
                type = type with { IsNullable = false };
            }

            // A type of the project's is written as its JSON says, never by its ToString: a struct may stand for an
            // object and a class for a string.
            string? objectJsonProperty = null;
            string? jsonTextProperty = null;
            var mappedElement = types.MappedElementOf(type);
            if (types.MappedKindOf(type) is { } mappedKind)
            {
                var property = types.JsonProperty(type with { IsNullable = false }, optional: false);
                (objectJsonProperty, jsonTextProperty) = mappedKind == "Object" ? (property, null) : ((string?)null, property);
            }
            else if (mappedElement is not null && types.MappedKindOf(mappedElement) != "Object")
            {
                jsonTextProperty = types.JsonProperty(mappedElement, optional: false);
            }
            else if (!type.IsCollection && !IsScalar(type))
            {
                if (parameter.Content is { Count: > 0 } || type.TypeName == "global::System.Text.Json.JsonElement" || types.IsUnionType(type.TypeName))
                {
                    // Content-encoded, untyped or oneOf/anyOf parameters have no one style to follow: the caller supplies the text.
                    context.Report(DiagnosticDescriptors.UnsupportedConstruct, parameterPointer, "A content-encoded, untyped or oneOf/anyOf parameter", name, "a string the caller formats");
                    type = new TypeUse("string", IsValueType: false, IsNullable: type.IsNullable);
                }
                else
                {
                    objectJsonProperty = types.JsonProperty(type, optional: false);
                }
            }

            var argument = argumentNames.Take(Identifiers.ToCamelCase(name), context, parameterPointer, "Parameter", name);
            var optional = !required;
            var valueExpression = type.IsValueType && (optional || type.IsNullable) ? argument + ".Value" : argument;
            if (jsonTextProperty is not null)
            {
                valueExpression = "global::CodeGen.Runtime.Http.ParameterFormatter." + (type.IsCollection ? "JsonTexts(" : "JsonText(") + valueExpression + ", " + context.JsonContextName + ".Default." + jsonTextProperty + ")";
            }

            var objectFields = objectJsonProperty is null
                ? null
                : "global::CodeGen.Runtime.Http.ObjectParameter.Fields(" + valueExpression + ", " + context.JsonContextName + ".Default." + objectJsonProperty + ")";
            result.Add(new ParameterModel(
                argument,
                Literals.String(name),
                locationName,
                type.Declare(optional),
                required && !type.IsNullable,
                type.IsCollection,
                type.IsValueType,
                valueExpression,
                new EquatableArray<string>(Literals.DocLines(parameter.Description ?? name)),
                parameter.Explode,
                objectFields,
                parameter.Style?.ToString() switch { "DeepObject" => "deepObject", "SpaceDelimited" => "spaceDelimited", "PipeDelimited" => "pipeDelimited", _ => "form" })
            {
                ExtensionsJson = VendorExtensions.ForTemplates(parameter.Extensions),
            });
        }

        // A set, not a search of the list per variable: a path may hold thousands of variables.
        var declared = new HashSet<string>(result.Where(p => p.Location == "path").Select(p => p.WireNameLiteral), StringComparer.Ordinal);
        foreach (var name in TemplateVariables(path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (declared.Add(Literals.String(name)))
            {
                context.Report(DiagnosticDescriptors.UndeclaredPathParameter, pointer, name);
                var argument = argumentNames.Take(Identifiers.ToCamelCase(name));
                result.Add(new ParameterModel(argument, Literals.String(name), "path", "string", true, false, false, argument, new EquatableArray<string>(Literals.DocLines(name))));
            }
        }

        return result;
    }

    private static bool IsScalar(TypeUse type) =>
        type.IsValueType || type.TypeName is "string" or "byte[]" or "global::System.Uri";

    private static IEnumerable<string> TemplateVariables(string path)
    {
        // Read as BuildPathParts reads them: a variable ends at the first '}', and the next starts after it.
        for (var open = path.IndexOf('{'); open >= 0; open = path.IndexOf('{', open + 1))
        {
            var close = path.IndexOf('}', open);
            if (close < 0)
            {
                yield break;
            }

            yield return path.Substring(open + 1, close - open - 1);
            open = close;
        }
    }

    private static EquatableArray<PathPartModel> BuildPathParts(string path, List<ParameterModel> parameters)
    {
        var parts = new List<PathPartModel>();
        var pathParameters = new Dictionary<string, ParameterModel>(StringComparer.Ordinal);
        foreach (var parameter in parameters.Where(p => p.Location == "path"))
        {
            if (!pathParameters.ContainsKey(parameter.WireNameLiteral))
            {
                pathParameters.Add(parameter.WireNameLiteral, parameter);
            }
        }

        var position = 0;
        while (position < path.Length)
        {
            var open = path.IndexOf('{', position);
            var close = open < 0 ? -1 : path.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                parts.Add(new PathPartModel(Literals.String(path.Substring(position)), null, null));
                break;
            }

            if (open > position)
            {
                parts.Add(new PathPartModel(Literals.String(path.Substring(position, open - position)), null, null));
            }

            var name = path.Substring(open + 1, close - open - 1);
            pathParameters.TryGetValue(Literals.String(name), out var parameter);
            parts.Add(parameter is null
                ? new PathPartModel(Literals.String(path.Substring(open, close - open + 1)), null, null)
                : new PathPartModel(null, parameter.ArgumentName, parameter.FormattedExpression));
            position = close + 1;
        }

        return parts.ToEquatableArray();
    }

    private RequestBodyModel? BuildBody(string pointer, OpenApiOperation operation, NameScope argumentNames, string typeHint)
    {
        if (operation.RequestBody is not { Content: { Count: > 0 } content } requestBody)
        {
            return null;
        }

        var bodyPointer = SpecPointer.Append(pointer, "requestBody");
        var (mediaType, media, kind) = PreferredBody(content);
        var schemaPointer = SpecPointer.Append(SpecPointer.Append(SpecPointer.Append(bodyPointer, "content"), mediaType), "schema");
        var argument = argumentNames.Take("body");
        var optional = !requestBody.Required;
        var docs = new EquatableArray<string>(Literals.DocLines(requestBody.Description ?? "The request body."));
        if (kind is "text" or "binary")
        {
            var typeName = kind == "text" ? "string" : "global::System.IO.Stream";
            return new RequestBodyModel(argument, optional ? typeName + "?" : typeName, null, Literals.String(mediaType), requestBody.Required, false, docs, kind);
        }

        var type = types.Resolve(media.Schema, schemaPointer, typeHint + "Request");
        var fileFields = kind == "multipart" && types.FindObject(type.TypeName) is { } form
            ? form.Properties.Where(p => p.JsonTypeName is "byte[]" or "global::System.Collections.Generic.List<byte[]>").Select(p => p.WireNameLiteral).ToEquatableArray()
            : EquatableArray<string>.Empty;
        return new RequestBodyModel(
            argument,
            type.Declare(optional),
            types.JsonProperty(type, optional),
            Literals.String(mediaType),
            requestBody.Required,
            type.IsValueType,
            docs,
            kind,
            fileFields);
    }

    /// <summary>The media type a body is sent as: JSON first, then forms, text and finally raw bytes.</summary>
    private static (string MediaType, IOpenApiMediaType Media, string Kind) PreferredBody(IDictionary<string, IOpenApiMediaType> content)
    {
        string Kind(string mediaType)
        {
            var type = mediaType.Split(';')[0].Trim().ToLowerInvariant();
            return IsJson(type) ? "json"
                : type == "application/x-www-form-urlencoded" ? "form"
                : type == "multipart/form-data" ? "multipart"
                : type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal) || type == "application/xml" ? "text"
                : "binary";
        }

        var order = new[] { "json", "form", "multipart", "text", "binary" };
        var best = content
            .Select(pair => (MediaType: pair.Key, Media: pair.Value, Kind: Kind(pair.Key)))
            .OrderBy(candidate => Array.IndexOf(order, candidate.Kind))
            .First();
        return best.Kind is "form" or "multipart" && best.Media.Schema is null ? (best.MediaType, best.Media, "binary") : best;
    }

    private (string? Type, string? Json, string Kind, EquatableArray<int> Codes, bool Nullable) BuildResult(string pointer, OpenApiOperation operation, string typeHint)
    {
        var responses = operation.Responses ?? new OpenApiResponses();
        var success = responses
            .Select(pair => (Code: pair.Key, Response: pair.Value, Status: ParseStatus(pair.Key)))
            .Where(item => item.Status is >= 200 and < 300 || item.Code.Equals("2XX", StringComparison.OrdinalIgnoreCase))
            .OrderBy(item => item.Status ?? 299)
            .ToList();
        if (success.Count == 0 && responses.TryGetValue("default", out var fallback))
        {
            // With no 2xx declared, 'default' describes every response, successes included.
            success.Add(("default", fallback, null));
        }

        var codes = success.Select(item => item.Status ?? 0).ToEquatableArray();

        // A declared success without a body (204 next to 200) makes the typed result optional.
        var someHaveNoBody = success.Any(item => item.Response.Content is not { Count: > 0 });
        foreach (var (code, response, _) in success)
        {
            if (response.Content is not { Count: > 0 } content)
            {
                continue;
            }

            var responsePointer = SpecPointer.Append(SpecPointer.Append(pointer, "responses"), code);
            var json = content.FirstOrDefault(pair => IsJson(pair.Key));
            if (json.Key is not null)
            {
                var type = types.Resolve(json.Value.Schema, SpecPointer.Append(SpecPointer.Append(SpecPointer.Append(responsePointer, "content"), json.Key), "schema"), typeHint + "Response");
                var nullable = someHaveNoBody || type.IsNullable;
                return (type.Declare(nullable), types.JsonProperty(type, nullable), "json", codes, nullable);
            }

            var first = content.Keys.First();
            return first.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
                ? ("string", null, "text", codes, false)
                : ("global::CodeGen.Runtime.Http.ResponseStream", null, "stream", codes, false);
        }

        return (null, null, "none", codes, false);
    }

    private (EquatableArray<ErrorResponseModel> Errors, string? Default) BuildErrors(string pointer, OpenApiOperation operation, string typeHint)
    {
        var errors = new List<ErrorResponseModel>();
        string? defaultError = null;
        foreach (var pair in (operation.Responses ?? new OpenApiResponses()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var status = ParseStatus(pair.Key);
            var isRange = pair.Key.Length == 3 && pair.Key.EndsWith("XX", StringComparison.OrdinalIgnoreCase) && pair.Key[0] is >= '1' and <= '5';
            var isDefault = pair.Key == "default";
            if ((status is >= 200 and < 300) || (isRange && pair.Key[0] == '2') || (status is null && !isRange && !isDefault))
            {
                continue;
            }

            var json = (pair.Value.Content ?? new Dictionary<string, IOpenApiMediaType>()).FirstOrDefault(c => IsJson(c.Key));
            if (json.Key is null || json.Value.Schema is null)
            {
                continue;
            }

            var schemaPointer = SpecPointer.Append(SpecPointer.Append(SpecPointer.Append(SpecPointer.Append(SpecPointer.Append(pointer, "responses"), pair.Key), "content"), json.Key), "schema");
            var type = types.Resolve(json.Value.Schema, schemaPointer, typeHint + "Error" + (isDefault ? string.Empty : pair.Key));
            var property = types.JsonProperty(type, optional: false);
            if (isDefault)
            {
                defaultError = property;
            }
            else
            {
                var lower = (pair.Key[0] - '0') * 100;
                errors.Add(new ErrorResponseModel(
                    isRange ? ">= " + lower.ToString(CultureInfo.InvariantCulture) + " and < " + (lower + 100).ToString(CultureInfo.InvariantCulture) : status!.Value.ToString(CultureInfo.InvariantCulture),
                    property));
            }
        }

        // Exact codes are tested before ranges.
        return (errors.OrderBy(e => e.Condition.StartsWith(">", StringComparison.Ordinal) ? 1 : 0).ToEquatableArray(), defaultError);
    }

    private static EquatableArray<HeaderConstantModel> ConstantHeaders(OpenApiOperation operation)
    {
        return VendorExtensions.HeadersOf(operation)
            .OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .Select(pair => new HeaderConstantModel(Literals.String(pair.Key), Literals.String(pair.Value)))
            .ToEquatableArray();
    }

    /// <summary>The permission an <c>x-codegen-iam</c> extension names, as a sentence.</summary>
    private static string? PermissionRemark(OpenApiOperation operation)
    {
        if (VendorExtensions.IamOf(operation) is not { } iam)
        {
            return null;
        }

        var action = iam.Action;
        var policyAction = iam.PolicyAction;
        if (action is null && policyAction is null)
        {
            return null;
        }

        var details = new List<string>();
        if (policyAction is not null && action is not null)
        {
            details.Add("role/policy-based: " + policyAction);
        }

        if (iam.AccessLevel is { } level)
        {
            details.Add("access level " + level);
        }

        return "Requires the permission " + (action ?? policyAction) + (details.Count > 0 ? " (" + string.Join("; ", details) + ")" : string.Empty) + ".";
    }

    private static bool IsJson(string mediaType)
    {
        var type = mediaType.Split(';')[0].Trim();
        return type.Equals("application/json", StringComparison.OrdinalIgnoreCase) ||
               type.EndsWith("+json", StringComparison.OrdinalIgnoreCase) ||
               type.Equals("*/*", StringComparison.Ordinal);
    }

    private static int? ParseStatus(string code) =>
        int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var status) ? status : null;

    private static string HttpMethodExpression(System.Net.Http.HttpMethod method) => method.Method.ToUpperInvariant() switch
    {
        "GET" => "global::System.Net.Http.HttpMethod.Get",
        "POST" => "global::System.Net.Http.HttpMethod.Post",
        "PUT" => "global::System.Net.Http.HttpMethod.Put",
        "DELETE" => "global::System.Net.Http.HttpMethod.Delete",
        "PATCH" => "global::System.Net.Http.HttpMethod.Patch",
        "HEAD" => "global::System.Net.Http.HttpMethod.Head",
        "OPTIONS" => "global::System.Net.Http.HttpMethod.Options",
        "TRACE" => "global::System.Net.Http.HttpMethod.Trace",
        var other => "new global::System.Net.Http.HttpMethod(" + Literals.String(other) + ")",
    };
}
