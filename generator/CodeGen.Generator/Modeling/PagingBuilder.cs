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

/// <summary>Reads an operation's <c>x-codegen-paging</c> and checks it against the parameters and the response.</summary>
internal sealed class PagingBuilder(ModelContext context, TypeResolver types)
{
    /// <summary>The paging method for an operation, or null (with OAPI012 when the extension is there but unusable).</summary>
    public PagingModel? Build(
        string operationPointer,
        string methodName,
        OpenApiOperation operation,
        IEnumerable<IOpenApiParameter> declaredParameters,
        IReadOnlyList<ParameterModel> parameters,
        bool hasBody,
        TypeRef? resultType)
    {
        if (VendorExtensions.PagingOf(operation) is not { } settings)
        {
            return null;
        }

        var pointer = SpecPointer.Append(operationPointer, VendorExtensions.Paging);
        if (!settings.IsObject)
        {
            return Reject(pointer, "it must be an object with 'offset' and 'items', and optionally 'limit' and 'total'");
        }

        var offsetName = settings.Offset;
        var itemsName = settings.Items;
        if (offsetName is null || itemsName is null)
        {
            return Reject(pointer, "it must name the 'offset' parameter and the 'items' property");
        }

        if (hasBody)
        {
            return Reject(pointer, "operations with a request body cannot be walked page by page yet");
        }

        var offset = QueryInteger(parameters, offsetName, TypeRefKind.Int32, TypeRefKind.Int64);
        if (offset is null)
        {
            return Reject(pointer, "'" + offsetName + "' is not an integer query parameter of the operation");
        }

        var limitName = settings.Limit;
        var limit = limitName is null ? null : QueryInteger(parameters, limitName, TypeRefKind.Int32);
        if (limitName is not null && limit is null)
        {
            return Reject(pointer, "'" + limitName + "' is not an int32 query parameter of the operation");
        }

        var page = resultType is { Kind: TypeRefKind.Generated } ? types.FindObject(resultType) : null;
        if (page is null)
        {
            return Reject(pointer, "the operation's success response is not a JSON object");
        }

        var items = page.Properties.FirstOrDefault(p => p.WireName == itemsName);
        if (items?.Type is not { Kind: TypeRefKind.List, Element: { } itemType } || types.ListType(items.Type) is not { } itemsList)
        {
            return Reject(pointer, "the response has no array property '" + itemsName + "'");
        }

        var totalName = settings.Total;
        var total = totalName is null ? null : page.Properties.FirstOrDefault(p => p.WireName == totalName);
        if (totalName is not null && (total is null || total.Type.Kind is not (TypeRefKind.Int32 or TypeRefKind.Int64)))
        {
            return Reject(pointer, "the response has no integer property '" + totalName + "'");
        }

        var (minimum, maximum, defaultSize) = PageSizeRange(declaredParameters, limitName);
        if (limit is { IsRequired: true } && defaultSize is null)
        {
            return Reject(pointer, "'" + limitName + "' is required but documents no maximum or default page size");
        }

        return new PagingModel(
            methodName.Substring(0, methodName.Length - "Async".Length) + "AllAsync",
            itemType,
            items.Name,
            total?.Name,
            itemsList.PropertyName,
            offset.ArgumentName,
            limit?.ArgumentName,
            minimum,
            maximum,
            defaultSize,
            parameters.Where(p => p != offset && p != limit).ToEquatableArray(),
            limit is { IsRequired: true });
    }

    private PagingModel? Reject(string pointer, string reason)
    {
        context.Report(DiagnosticDescriptors.InvalidPaging, pointer, reason);
        return null;
    }

    private static ParameterModel? QueryInteger(IReadOnlyList<ParameterModel> parameters, string name, params TypeRefKind[] kinds) =>
        parameters.FirstOrDefault(p => p.Location == Model.ParameterLocation.Query && p.WireName == name && !p.IsCollection && kinds.Contains(p.Type.Kind));

    /// <summary>The page sizes the limit parameter's schema allows: at least 1, at most its maximum; the default asks for the largest page.</summary>
    private static (int Minimum, int? Maximum, int? Default) PageSizeRange(IEnumerable<IOpenApiParameter> declared, string? limitName)
    {
        var schema = limitName is null ? null : declared.FirstOrDefault(p => p.Name == limitName && p.In == Microsoft.OpenApi.ParameterLocation.Query)?.Schema;
        var minimum = Math.Max(1, Integer(schema?.Minimum?.ToString()) ?? 1);
        var maximum = Integer(schema?.Maximum?.ToString());
        if (maximum < minimum)
        {
            maximum = null;
        }

        var fallback = Integer(schema?.Default?.ToString());
        var preferred = maximum ?? (fallback >= minimum ? fallback : null);
        return (minimum, maximum, preferred);
    }

    private static int? Integer(string? text) =>
        decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= int.MinValue && value <= int.MaxValue
            ? (int)Math.Floor(value)
            : null;
}
