using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>The spec's first absolute server, as the generated options class fills it in.</summary>
/// <param name="Template">The URL with its <c>{variable}</c> placeholders, raw, without a trailing slash.</param>
internal sealed record ServerModel(string Template, EquatableArray<ServerVariableModel> Variables)
{
    public bool HasVariables => !Variables.IsEmpty;
}

/// <summary>A server variable, exposed as a settable option.</summary>
/// <param name="PropertyName">The options property.</param>
/// <param name="Name">The placeholder's name, raw.</param>
/// <param name="Default">The default value, raw.</param>
/// <param name="DocumentedValues">The default and enum values, raw: taken as they are, unlike values a caller sets.</param>
internal sealed record ServerVariableModel(
    string PropertyName,
    string Name,
    string Default,
    EquatableArray<string> DocLines,
    EquatableArray<string> DocumentedValues);
