using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;
using Location = CodeGen.Generator.Model.ParameterLocation;
using OpenApiLocation = Microsoft.OpenApi.ParameterLocation;

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
        var paging = _paging.Build(pointer, methodName, operation, declaredParameters, orderedParameters.ToList(), body is not null, resultKind == ResultKind.Json ? resultType : null);

        return new OperationModel(
            methodName,
            method.Method.ToUpperInvariant(),
            path,
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
            new EquatableArray<string>(DocText.Lines(operation.Summary, operation.Description)),
            new EquatableArray<string>(DocText.Lines(PermissionRemark(operation))),
            operation.Deprecated,
            paging)
        {
            ExtensionsJson = VendorExtensions.ForTemplates(operation.Extensions),
        };
    }

    private List<ParameterModel> BuildParameters(string pointer, string path, OpenApiOperation operation, IList<IOpenApiParameter>? pathItemParameters, NameScope argumentNames, string typeHint)
    {
        // Operation-level parameters override path-level ones with the same name and location.
        var merged = new List<(IOpenApiParameter Parameter, IOpenApiParameter Target, string Pointer)>();
        var operationParameters = (operation.Parameters ?? new List<IOpenApiParameter>()).Select(p => (Parameter: p, Target: ReferenceTargets.Of(p))).ToList();
        var overridden = new HashSet<(string?, OpenApiLocation?)>(operationParameters.Select(p => (p.Target.Name, p.Target.In)));
        var index = 0;
        foreach (var parameter in pathItemParameters ?? new List<IOpenApiParameter>())
        {
            var parameterPointer = SpecPointer.Append(SpecPointer.Append(SpecPointer.Append("/paths", path), "parameters"), index++);
            var pathTarget = ReferenceTargets.Of(parameter);
            if (!overridden.Contains((pathTarget.Name, pathTarget.In)))
            {
                merged.Add((parameter, pathTarget, parameterPointer));
            }
        }

        index = 0;
        foreach (var (parameter, operationTarget) in operationParameters)
        {
            merged.Add((parameter, operationTarget, SpecPointer.Append(SpecPointer.Append(pointer, "parameters"), index++)));
        }

        var result = new List<ParameterModel>();
        foreach (var (parameter, target, parameterPointer) in merged)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (target.Name is not { Length: > 0 } name || target.In is not { } location)
            {
                // The reader has reported the missing field as an error already.
                continue;
            }

            Location? modelLocation = location switch
            {
                OpenApiLocation.Path => Location.Path,
                OpenApiLocation.Query => Location.Query,
                OpenApiLocation.Header => Location.Header,
                OpenApiLocation.Cookie => Location.Cookie,
                _ => null,
            };
            if (modelLocation is not { } locationKind)
            {
                context.Report(DiagnosticDescriptors.UnsupportedConstruct, parameterPointer, "A '" + location + "' parameter", name, "nothing (skipped)");
                continue;
            }

            var required = target.Required || location == OpenApiLocation.Path;
            var schema = target.Schema ?? target.Content?.Values.FirstOrDefault()?.Schema;
            var type = types.Resolve(schema, SpecPointer.Append(parameterPointer, "schema"), typeHint + Identifiers.ToPascalCase(name));

            // A path segment cannot be null: a nullable schema there still takes a value.
            if (location == OpenApiLocation.Path)
            {
                type = type.WithNullable(false);
            }

            // A type of the project's is written as its JSON says, never by its ToString: a struct may stand for an
            // object and a class for a string.
            string? objectJsonProperty = null;
            string? jsonTextProperty = null;
            var mappedElement = types.MappedElementOf(type);
            if (types.MappedKindOf(type) is { } mappedKind)
            {
                var property = types.JsonProperty(type.WithNullable(false), optional: false);
                (objectJsonProperty, jsonTextProperty) = mappedKind == JsonKind.Object ? (property, null) : ((string?)null, property);
            }
            else if (mappedElement is not null && types.MappedKindOf(mappedElement) != JsonKind.Object)
            {
                jsonTextProperty = types.JsonProperty(mappedElement, optional: false);
            }
            else if (!type.IsCollection && !IsScalar(type))
            {
                if (target.Content is { Count: > 0 } || type.Type.Kind == TypeRefKind.JsonElement || types.IsUnionType(type.Type))
                {
                    // Content-encoded, untyped or oneOf/anyOf parameters have no one style to follow: the caller supplies the text.
                    context.Report(DiagnosticDescriptors.UnsupportedConstruct, parameterPointer, "A content-encoded, untyped or oneOf/anyOf parameter", name, "a string the caller formats");
                    type = new TypeUse(TypeRef.Of(TypeRefKind.String).WithNullable(type.IsNullable));
                }
                else
                {
                    objectJsonProperty = types.JsonProperty(type, optional: false);
                }
            }

            var argument = argumentNames.Take(Identifiers.ToCamelCase(name), context, parameterPointer, "Parameter", name);
            var optional = !required;
            result.Add(new ParameterModel(
                argument,
                name,
                locationKind,
                type.Declared(optional),
                required && !type.IsNullable,
                type.IsCollection,
                type.IsValueType,
                type.IsValueType && (optional || type.IsNullable),
                new EquatableArray<string>(DocText.Lines(parameter.Description ?? name)),
                target.Explode,
                target.Style switch
                {
                    Microsoft.OpenApi.ParameterStyle.DeepObject => Model.ParameterStyle.DeepObject,
                    Microsoft.OpenApi.ParameterStyle.SpaceDelimited => Model.ParameterStyle.SpaceDelimited,
                    Microsoft.OpenApi.ParameterStyle.PipeDelimited => Model.ParameterStyle.PipeDelimited,
                    _ => Model.ParameterStyle.Form,
                },
                jsonTextProperty,
                objectJsonProperty)
            {
                ExtensionsJson = VendorExtensions.ForTemplates(target.Extensions),
            });
        }

        // A set, not a search of the list per variable: a path may hold thousands of variables.
        var declared = new HashSet<string>(result.Where(p => p.Location == Location.Path).Select(p => p.WireName), StringComparer.Ordinal);
        foreach (var name in TemplateVariables(path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (declared.Add(name))
            {
                context.Report(DiagnosticDescriptors.UndeclaredPathParameter, pointer, name);
                var argument = argumentNames.Take(Identifiers.ToCamelCase(name));
                result.Add(new ParameterModel(argument, name, Location.Path, TypeRef.Of(TypeRefKind.String), true, false, false, false, new EquatableArray<string>(DocText.Lines(name))));
            }
        }

        return result;
    }

    /// <summary>Whether a multipart property is sent as files: bytes, or a list of bytes none of which may be null.</summary>
    private static bool IsFile(TypeRef type) =>
        type.Kind == TypeRefKind.Bytes || type is { Kind: TypeRefKind.List, Element: { Kind: TypeRefKind.Bytes, IsNullable: false } };

    private static bool IsScalar(TypeUse type) =>
        type.IsValueType || type.Type.Kind is TypeRefKind.String or TypeRefKind.Bytes or TypeRefKind.Uri;

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
        foreach (var parameter in parameters.Where(p => p.Location == Location.Path))
        {
            if (!pathParameters.ContainsKey(parameter.WireName))
            {
                pathParameters.Add(parameter.WireName, parameter);
            }
        }

        var position = 0;
        while (position < path.Length)
        {
            var open = path.IndexOf('{', position);
            var close = open < 0 ? -1 : path.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                parts.Add(new PathPartModel(path.Substring(position), null));
                break;
            }

            if (open > position)
            {
                parts.Add(new PathPartModel(path.Substring(position, open - position), null));
            }

            var name = path.Substring(open + 1, close - open - 1);
            pathParameters.TryGetValue(name, out var parameter);
            parts.Add(parameter is null
                ? new PathPartModel(path.Substring(open, close - open + 1), null)
                : new PathPartModel(null, parameter));
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
        var docs = new EquatableArray<string>(DocText.Lines(requestBody.Description ?? "The request body."));
        if (kind is BodyKind.Text or BodyKind.Binary)
        {
            var bodyType = TypeRef.Of(kind == BodyKind.Text ? TypeRefKind.String : TypeRefKind.Stream).WithNullable(optional);
            return new RequestBodyModel(argument, bodyType, null, mediaType, requestBody.Required, false, docs, kind);
        }

        var type = types.Resolve(media.Schema, schemaPointer, typeHint + "Request");
        var fileFields = kind == BodyKind.Multipart && types.FindObject(type.Type) is { } form
            ? form.Properties.Where(p => IsFile(p.Type)).Select(p => p.WireName).ToEquatableArray()
            : EquatableArray<string>.Empty;
        return new RequestBodyModel(
            argument,
            type.Declared(optional),
            types.JsonProperty(type, optional),
            mediaType,
            requestBody.Required,
            type.IsValueType,
            docs,
            kind,
            fileFields);
    }

    /// <summary>The media type a body is sent as: JSON first, then forms, text and finally raw bytes.</summary>
    private static (string MediaType, IOpenApiMediaType Media, BodyKind Kind) PreferredBody(IDictionary<string, IOpenApiMediaType> content)
    {
        BodyKind Kind(string mediaType)
        {
            var type = mediaType.Split(';')[0].Trim().ToLowerInvariant();
            return IsJson(type) ? BodyKind.Json
                : type == "application/x-www-form-urlencoded" ? BodyKind.Form
                : type == "multipart/form-data" ? BodyKind.Multipart
                : type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("+xml", StringComparison.Ordinal) || type == "application/xml" ? BodyKind.Text
                : BodyKind.Binary;
        }

        // The enum lists the kinds in order of preference.
        var best = content
            .Select(pair => (MediaType: pair.Key, Media: pair.Value, Kind: Kind(pair.Key)))
            .OrderBy(candidate => candidate.Kind)
            .First();
        return best.Kind is BodyKind.Form or BodyKind.Multipart && best.Media.Schema is null ? (best.MediaType, best.Media, BodyKind.Binary) : best;
    }

    private (TypeRef? Type, string? Json, ResultKind Kind, EquatableArray<int> Codes, bool Nullable) BuildResult(string pointer, OpenApiOperation operation, string typeHint)
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
                return (type.Declared(nullable), types.JsonProperty(type, nullable), ResultKind.Json, codes, nullable);
            }

            var first = content.Keys.First();
            return first.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
                ? (TypeRef.Of(TypeRefKind.String), null, ResultKind.Text, codes, false)
                : (TypeRef.Of(TypeRefKind.ResponseStream), null, ResultKind.Stream, codes, false);
        }

        return (null, null, ResultKind.None, codes, false);
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
                errors.Add(new ErrorResponseModel(isRange ? (pair.Key[0] - '0') * 100 : status!.Value, isRange, property));
            }
        }

        // Exact codes are tested before ranges.
        return (errors.OrderBy(e => e.IsRange ? 1 : 0).ToEquatableArray(), defaultError);
    }

    private static EquatableArray<HeaderConstantModel> ConstantHeaders(OpenApiOperation operation)
    {
        return VendorExtensions.HeadersOf(operation)
            .OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .Select(pair => new HeaderConstantModel(pair.Key, pair.Value))
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
}
