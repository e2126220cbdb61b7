using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Declares a generated class: its properties (its own and those it composes), their names and types, the base class
/// it extends, and a bag for properties the schema does not declare.
/// </summary>
/// <param name="types">Resolves the type of each property.</param>
internal sealed class ObjectDeclarer(
    ModelContext context,
    DeclaredTypes declared,
    JsonTypeRegistry json,
    TypeUses uses,
    PropertyCollector collector,
    TypeResolver types,
    ModelBudget budget,
    CancellationToken cancellationToken)
{
    /// <summary>Declares the class of an inline schema, named <paramref name="name"/>.</summary>
    public TypeUse DeclareInline(IOpenApiSchema schema, string name, string pointer) => Declare(schema, name, pointer, componentId: null, inheritance: null);

    /// <summary>Declares the class of component <paramref name="id"/>, deriving from the base class <paramref name="inheritance"/> gives it.</summary>
    public TypeUse DeclareComponent(string id, IOpenApiSchema schema, string name, InheritanceMap inheritance) =>
        Declare(schema, name, SchemaPointers.Component(id), id, inheritance);

    private TypeUse Declare(IOpenApiSchema schema, string name, string pointer, string? componentId, InheritanceMap? inheritance)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var use = new TypeUse(TypeRef.Generated(context.Namespace, name, isValueType: false));
        declared.Declare(schema, use, DeclaredKind.Object);
        json.Object(use.Type);

        // A base still being declared (a cycle through its properties) cannot be derived from: the class is flattened instead.
        var baseId = componentId is null ? null : inheritance?.BaseOf(componentId);
        var baseModel = baseId is null ? null : BaseClass(baseId);

        // The slot is taken before properties resolve, so nested types keep a stable order.
        declared.ReserveClass(use.Type, componentId);

        var inheritedNames = baseModel?.Properties.SelectMany(p => p.Accessor is { } a ? new[] { p.Name, a.Name, a.ZoneAccessorName } : new[] { p.Name }).OfType<string>() ?? Enumerable.Empty<string>();
        var propertyNames = new NameScope(new[] { name, "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize" }.Concat(inheritedNames).ToArray());
        var inherited = baseModel?.Properties.ToDictionary(p => p.WireName, StringComparer.Ordinal) ?? new Dictionary<string, PropertyModel>(StringComparer.Ordinal);
        var properties = new List<PropertyModel>();
        var collected = collector.Collect(schema, pointer).ToList();
        budget.SpendMembers(collected.Count, pointer);
        var csharpNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (propertySchema, propertyPointer, required, wireName) in collected)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (inherited.TryGetValue(wireName, out var inheritedProperty))
            {
                budget.SpendCharacters(Spelling(inheritedProperty), propertyPointer);
                properties.Add(inheritedProperty with { IsInherited = true });
                csharpNames[wireName] = inheritedProperty.Name;
                continue;
            }

            var propertyName = Identifiers.ToPascalCase(wireName);
            if (propertyName == name)
            {
                propertyName += "Value";
            }

            propertyName = propertyNames.Take(propertyName, context, propertyPointer, "Property", wireName);
            csharpNames[wireName] = propertyName;
            var propertyType = types.Resolve(propertySchema, propertyPointer, name + propertyName);
            var optional = !required;
            properties.Add(new PropertyModel(
                propertyName,
                wireName,
                propertyType.Declared(optional),
                required,
                propertyType.IsNullable,
                !propertyType.IsValueType,
                new EquatableArray<string>(DocText.Lines(propertySchema?.Title, propertySchema is null ? null : SchemaDocText.DescriptionOf(propertySchema), propertySchema is null ? null : SchemaDocText.AllowedValues(propertySchema))),
                propertySchema?.Deprecated ?? false)
            {
                ExtensionsJson = VendorExtensions.ForTemplates(propertySchema?.Extensions),
            });
            budget.SpendCharacters(Spelling(properties[properties.Count - 1]), propertyPointer);
            uses.JsonProperty(propertyType, optional);
        }

        // Typed views of vendor-format strings come after every wire property has its name.
        FormatAccessors.Attach(properties, collected, csharpNames, propertyNames, context);

        // Properties beside declared ones are kept (and written back) rather than dropped on reading.
        if (schema.AdditionalProperties is not null && properties.Count > 0 && !properties.Any(p => p.IsExtensionData))
        {
            var extension = uses.DictionaryOf(uses.Untyped());
            properties.Add(new PropertyModel(
                propertyNames.Take("AdditionalProperties"),
                "additionalProperties",
                extension.Declared(optional: true),
                IsRequired: false,
                IsNullable: false,
                IsReferenceType: true,
                new EquatableArray<string>(DocText.Lines("The JSON properties this schema does not declare, as received.")),
                IsDeprecated: false,
                IsExtensionData: true));
        }

        declared.SetClass(new ObjectModel(
            name,
            use.Type,
            new EquatableArray<string>(DocText.Lines(schema.Title, schema.Description)),
            schema.Deprecated,
            properties.ToEquatableArray(),
            baseModel?.Type,
            DiscriminatorDefault: baseModel is null ? null : Polymorphism.DiscriminatorDefault(componentId!, baseModel, inheritance!, declared))
        {
            ExtensionsJson = VendorExtensions.ForTemplates(schema.Extensions),
        });
        return use;
    }

    /// <summary>How much of the output a property spells: its names and its type, each written a few times.</summary>
    private static long Spelling(PropertyModel property) => property.Name.Length + property.WireName.Length + 2 + TypeWeight.Of(property.Type);

    /// <summary>The declared class of component <paramref name="baseId"/>, or null while it is still being declared.</summary>
    private ObjectModel? BaseClass(string baseId)
    {
        types.ResolveComponent(baseId);
        return declared.ClassOfComponent(baseId);
    }
}
