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
/// <param name="IsExtensionData">Whether it collects the JSON properties no other property declares (<c>additionalProperties</c> next to <c>properties</c>).</param>
internal sealed record PropertyModel(
    string Name,
    string WireNameLiteral,
    string TypeName,
    string JsonTypeName,
    bool IsRequired,
    bool IsNullable,
    bool IsReferenceType,
    EquatableArray<string> DocLines,
    bool IsDeprecated,
    FormatAccessorModel? Accessor = null,
    bool IsExtensionData = false)
{
    /// <summary>Non-nullable reference properties start as <c>default!</c>; deserialization or the caller fills them.</summary>
    public bool NeedsDefaultInitializer => IsReferenceType && !TypeName.EndsWith("?", System.StringComparison.Ordinal);
}

/// <summary>A typed, read-only view of a string property in a vendor format (<c>x-codegen-format</c>).</summary>
/// <param name="Name">The accessor property's name.</param>
/// <param name="Format">"unix-ms" or "local-datetime".</param>
/// <param name="ZoneAccessorName">For local-datetime with <c>x-codegen-time-zone-property</c>: the name of the zoned accessor.</param>
/// <param name="ZoneSourceName">The C# name of the property holding the zone.</param>
internal sealed record FormatAccessorModel(string Name, string Format, string? ZoneAccessorName, string? ZoneSourceName)
{
    public bool IsUnixMilliseconds => Format == "unix-ms";
}
