using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>One more client generated for a spec: the operations of one tag, with its own interface and registration.</summary>
/// <remarks>Equatable like the rest of the model; it shares the spec's options, models and JSON context.</remarks>
internal sealed record ClientGroupModel(
    string Tag,
    string ClientName,
    string InterfaceName,
    string RegistrationName,
    EquatableArray<string> DocLines,
    EquatableArray<OperationModel> Operations);
