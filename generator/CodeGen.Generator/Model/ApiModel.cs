using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>Everything the emit stage needs to write one spec's client, as plain equatable data.</summary>
/// <remarks>
/// This is the cache boundary of the pipeline: it holds strings, numbers, booleans, enums, <see cref="TypeRef"/> and
/// <see cref="EquatableArray{T}"/> only, never OpenAPI objects or Roslyn symbols, so an unchanged spec
/// yields an equal model and every later step is skipped.
/// Spec text is held raw (doc text cut into lines); the emit stage escapes it for where it lands in C#.
/// <see cref="DefaultServerUrl"/> is the first server when it is absolute; <see cref="RelativeServerPath"/> its
/// path when it is relative (Swagger 2.0 without a host, say), appended to the client's base address.
/// <see cref="CredentialHeaders"/> and <see cref="CredentialQueryParameters"/> are the raw names of the spec's
/// <c>apiKey</c> schemes, which the runtime keeps from following a redirect to another origin.
/// <see cref="Clients"/> are the per-tag clients when the item asks for them; <see cref="Operations"/> are then
/// the untagged operations, left on the spec's own client.
/// </remarks>
internal sealed record ApiModel(
    string SpecPath,
    string Namespace,
    string ClientName,
    string InterfaceName,
    string JsonContextName,
    EquatableArray<string> DocLines,
    string? DefaultServerUrl,
    string? RelativeServerPath,
    ServerModel? Server,
    string OptionsName,
    string RegistrationName,
    EquatableArray<OperationModel> Operations,
    EquatableArray<ObjectModel> Objects,
    EquatableArray<EnumModel> Enums,
    EquatableArray<JsonTypeModel> JsonTypes,
    EquatableArray<UnionModel> Unions,
    EquatableArray<string> CredentialHeaders = default,
    EquatableArray<string> CredentialQueryParameters = default,
    EquatableArray<ClientGroupModel> Clients = default)
{
    /// <summary>The spec's <c>x-</c> extensions here, as JSON text.</summary>
    public EquatableArray<ExtensionValue> ExtensionsJson { get; init; }

    /// <summary>The same extensions as plain values, for templates (<c>extensions["x-name"]</c>).</summary>
    public Scriban.Runtime.ScriptObject Extensions => ExtensionValue.ToPlain(ExtensionsJson);

    /// <summary>The security schemes with a generated registration method (empty on a per-tag client's view).</summary>
    public EquatableArray<SecuritySchemeModel> SecuritySchemes { get; init; }

    public string Identity => Namespace + "." + ClientName;

    /// <summary>The <c>IServiceCollection</c> extension that registers the client.</summary>
    public string RegistrationMethodName => "Add" + ClientName;

    /// <summary>Whether the spec declares names that carry credentials.</summary>
    public bool HasCredentialNames => !CredentialHeaders.IsEmpty || !CredentialQueryParameters.IsEmpty;

    /// <summary>Every top-level type this model generates, fully qualified.</summary>
    public System.Collections.Generic.IEnumerable<string> TypeNames()
    {
        yield return Namespace + "." + ClientName;
        yield return Namespace + "." + InterfaceName;
        yield return Namespace + "." + JsonContextName;
        yield return Namespace + "." + OptionsName;
        yield return Namespace + "." + RegistrationName;
        foreach (var client in Clients)
        {
            yield return Namespace + "." + client.ClientName;
            yield return Namespace + "." + client.InterfaceName;
            yield return Namespace + "." + client.RegistrationName;
        }

        foreach (var type in Objects)
        {
            yield return type.Type.QualifiedName;
        }

        foreach (var type in Enums)
        {
            yield return type.Type.QualifiedName;
        }

        foreach (var type in Unions)
        {
            yield return type.Type.QualifiedName;
        }
    }
}
