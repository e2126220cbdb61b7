using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>Everything the emit stage needs to write one spec's client, as plain equatable data.</summary>
/// <remarks>
/// This is the cache boundary of the pipeline: it holds strings, numbers, booleans and
/// <see cref="EquatableArray{T}"/> only, never OpenAPI objects or Roslyn symbols, so an unchanged spec
/// yields an equal model and every later step is skipped.
/// Strings that land in C# source are stored already escaped for where they go.
/// </remarks>
internal sealed record ApiModel(
    string SpecPath,
    string Namespace,
    string ClientName,
    string InterfaceName,
    string JsonContextName,
    EquatableArray<string> DocLines,
    string? DefaultServerUrl,
    EquatableArray<OperationModel> Operations,
    EquatableArray<ObjectModel> Objects,
    EquatableArray<EnumModel> Enums,
    EquatableArray<JsonTypeModel> JsonTypes)
{
    public string Identity => Namespace + "." + ClientName;
}
