using System.Linq;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A <c>oneOf</c>/<c>anyOf</c> schema, generated as a class holding whichever alternative the JSON matched.</summary>
/// <param name="Discriminator">The discriminator property's name, raw, when the schema has one.</param>
internal sealed record UnionModel(
    string Name,
    TypeRef Type,
    EquatableArray<string> DocLines,
    string? Discriminator,
    EquatableArray<UnionAlternativeModel> Alternatives)
{
    /// <summary>The spec's <c>x-</c> extensions here, as JSON text.</summary>
    public EquatableArray<ExtensionValue> ExtensionsJson { get; init; }

    /// <summary>The same extensions as plain values, for templates (<c>extensions["x-name"]</c>).</summary>
    public Scriban.Runtime.ScriptObject Extensions => ExtensionValue.ToPlain(ExtensionsJson);

    public bool HasDiscriminator => Discriminator is not null;

    /// <summary>Whether some alternative is chosen by a discriminator value (an empty switch would be CS1522).</summary>
    public bool HasDiscriminatorValues => HasDiscriminator && Alternatives.Any(alternative => !alternative.DiscriminatorValues.IsEmpty);
}

/// <summary>One alternative of a union.</summary>
/// <param name="PropertyName">The property holding the value when this alternative matched.</param>
/// <param name="Type">The alternative's type, never nullable.</param>
/// <param name="IsValueType">Whether the property needs <c>Nullable&lt;T&gt;</c>.</param>
/// <param name="JsonKind">The JSON value kind it can be read from.</param>
/// <param name="RequiredProperties">For objects: the required property names, raw, which must all be present for a match.</param>
/// <param name="DiscriminatorValues">The discriminator values that select this alternative, raw.</param>
internal sealed record UnionAlternativeModel(
    string PropertyName,
    TypeRef Type,
    bool IsValueType,
    JsonKind JsonKind,
    EquatableArray<string> RequiredProperties,
    EquatableArray<string> DiscriminatorValues)
{
    public bool IsBoolean => JsonKind == JsonKind.Boolean;
}
