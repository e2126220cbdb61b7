using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A generated class for an object schema.</summary>
internal sealed record ObjectModel(
    string Name,
    string FullName,
    EquatableArray<string> DocLines,
    bool IsDeprecated,
    EquatableArray<PropertyModel> Properties);

/// <summary>A property of a generated class.</summary>
/// <param name="TypeName">The declared C# type, nullable-annotated where the value may be absent.</param>
/// <param name="JsonTypeName">The type whose JSON metadata serializes it (no reference-type annotation).</param>
/// <param name="WireNameLiteral">The JSON name as a C# string literal.</param>
internal sealed record PropertyModel(
    string Name,
    string WireNameLiteral,
    string TypeName,
    string JsonTypeName,
    bool IsRequired,
    bool IsNullable,
    bool IsReferenceType,
    EquatableArray<string> DocLines,
    bool IsDeprecated)
{
    /// <summary>Non-nullable reference properties start as <c>default!</c>; deserialization or the caller fills them.</summary>
    public bool NeedsDefaultInitializer => IsReferenceType && !TypeName.EndsWith("?", System.StringComparison.Ordinal);
}
