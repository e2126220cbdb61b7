using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>An <c>IAsyncEnumerable</c> method that walks every page of an offset/limit operation (<c>x-codegen-paging</c>).</summary>
/// <param name="MethodName">The walking method.</param>
/// <param name="ItemType">The item type, as the page's list declares it.</param>
/// <param name="ItemsPropertyName">The page property holding the items.</param>
/// <param name="TotalPropertyName">The page property holding the total, if any.</param>
/// <param name="ItemsJsonProperty">The JSON context property of the item list.</param>
/// <param name="OffsetArgumentName">The single-page method's offset argument.</param>
/// <param name="LimitArgumentName">The single-page method's limit argument, if it has one.</param>
/// <param name="MinPageSize">The smallest page size accepted.</param>
/// <param name="MaxPageSize">The largest page size accepted, when the spec documents one.</param>
/// <param name="DefaultPageSize">The page size requested when the caller sets none.</param>
/// <param name="Arguments">The single-page method's other parameters, passed through by name.</param>
/// <param name="LimitIsRequired">Whether the limit argument is a plain <c>int</c>: the default page size fills it.</param>
internal sealed record PagingModel(
    string MethodName,
    TypeRef ItemType,
    string ItemsPropertyName,
    string? TotalPropertyName,
    string ItemsJsonProperty,
    string OffsetArgumentName,
    string? LimitArgumentName,
    int MinPageSize,
    int? MaxPageSize,
    int? DefaultPageSize,
    EquatableArray<ParameterModel> Arguments,
    bool LimitIsRequired = false)
{
    public bool HasLimit => LimitArgumentName is not null;
}
