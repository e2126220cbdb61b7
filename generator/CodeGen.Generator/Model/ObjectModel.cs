using System.Linq;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A generated class for an object schema.</summary>
/// <param name="Properties">Every JSON property, inherited ones included, in wire order.</param>
/// <param name="Type">The class itself, as other types use it.</param>
/// <param name="BaseType">The generated class it derives from (<c>allOf</c> of a schema with a discriminator).</param>
/// <param name="Polymorphism">For a base class with derived classes: how reading picks one.</param>
/// <param name="DiscriminatorDefault">For a derived class: the discriminator property it sets on creation.</param>
internal sealed record ObjectModel(
    string Name,
    TypeRef Type,
    EquatableArray<string> DocLines,
    bool IsDeprecated,
    EquatableArray<PropertyModel> Properties,
    TypeRef? BaseType = null,
    PolymorphismModel? Polymorphism = null,
    DiscriminatorDefaultModel? DiscriminatorDefault = null)
{
    /// <summary>The spec's <c>x-</c> extensions here, as JSON text.</summary>
    public EquatableArray<ExtensionValue> ExtensionsJson { get; init; }

    /// <summary>The same extensions as plain values, for templates (<c>extensions["x-name"]</c>).</summary>
    public Scriban.Runtime.ScriptObject Extensions => ExtensionValue.ToPlain(ExtensionsJson);

    /// <summary>The properties this class declares itself (not inherited).</summary>
    public PropertyModel[] OwnProperties => Properties.Where(p => !p.IsInherited).ToArray();
}

/// <summary>How a base class is read as the derived class its discriminator property names.</summary>
/// <param name="Discriminator">The discriminator's JSON name, raw.</param>
internal sealed record PolymorphismModel(string Discriminator, EquatableArray<DerivedTypeModel> DerivedTypes);

/// <summary>A discriminator value and the derived class it stands for.</summary>
internal sealed record DerivedTypeModel(string Value, TypeRef Type);

/// <summary>The discriminator property a derived class fills in its constructor, and the class that declares it.</summary>
internal sealed record DiscriminatorDefaultModel(string PropertyName, string Value, TypeRef DeclaringType);

/// <summary>A property of a generated class.</summary>
/// <param name="Type">The declared type, nullable where the value may be absent.</param>
/// <param name="WireName">The JSON name, raw.</param>
/// <param name="IsExtensionData">Whether it collects the JSON properties no other property declares (<c>additionalProperties</c> next to <c>properties</c>).</param>
/// <param name="IsInherited">Whether a base class declares it.</param>
internal sealed record PropertyModel(
    string Name,
    string WireName,
    TypeRef Type,
    bool IsRequired,
    bool IsNullable,
    bool IsReferenceType,
    EquatableArray<string> DocLines,
    bool IsDeprecated,
    FormatAccessorModel? Accessor = null,
    bool IsExtensionData = false,
    bool IsInherited = false)
{
    /// <summary>The spec's <c>x-</c> extensions here, as JSON text.</summary>
    public EquatableArray<ExtensionValue> ExtensionsJson { get; init; }

    /// <summary>The same extensions as plain values, for templates (<c>extensions["x-name"]</c>).</summary>
    public Scriban.Runtime.ScriptObject Extensions => ExtensionValue.ToPlain(ExtensionsJson);

    /// <summary>Non-nullable reference properties start as <c>default!</c>; deserialization or the caller fills them.</summary>
    public bool NeedsDefaultInitializer => IsReferenceType && !Type.IsNullable;
}

/// <summary>A typed, read-only view of a string property in a vendor format (<c>x-codegen-format</c>).</summary>
/// <param name="Name">The accessor property's name.</param>
/// <param name="Format">The format the string holds.</param>
/// <param name="ZoneAccessorName">For local-datetime with <c>x-codegen-time-zone-property</c>: the name of the zoned accessor.</param>
/// <param name="ZoneSourceName">The C# name of the property holding the zone.</param>
internal sealed record FormatAccessorModel(string Name, StringFormat Format, string? ZoneAccessorName, string? ZoneSourceName)
{
    public bool IsUnixMilliseconds => Format == StringFormat.UnixMilliseconds;
}
