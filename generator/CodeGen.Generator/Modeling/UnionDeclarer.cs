using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Declares a generated union of <c>oneOf</c>/<c>anyOf</c> alternatives: one property per distinct alternative type,
/// with what tells the alternatives apart (the JSON kind, required properties, discriminator values).
/// </summary>
/// <param name="types">Resolves the type of each alternative.</param>
internal sealed class UnionDeclarer(
    ModelContext context,
    DeclaredTypes declared,
    JsonTypeRegistry json,
    TypeUses uses,
    ComponentReferences references,
    PropertyCollector collector,
    TypeResolver types,
    CancellationToken cancellationToken)
{
    /// <summary>Declares the union of <paramref name="schema"/>'s <c>oneOf</c> or <c>anyOf</c> alternatives, named <paramref name="name"/>.</summary>
    public TypeUse Declare(IOpenApiSchema schema, string name, string pointer)
    {
        var use = new TypeUse(TypeRef.Generated(context.Namespace, name, isValueType: false));
        declared.Declare(schema, use, DeclaredKind.Union);
        json.Converted(use.Type);
        declared.ReserveUnion(use.Type);

        var keyword = schema.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";
        var alternatives = keyword == "oneOf" ? schema.OneOf! : schema.AnyOf!;
        var discriminator = schema.Discriminator?.PropertyName is { Length: > 0 } property ? property : null;
        var tagsById = TagsById(schema.Discriminator?.Mapping);
        var propertyNames = new NameScope(FixedMemberNames.OfUnions.Concat(new[] { name }).ToArray());
        var models = new List<UnionAlternativeModel>();
        var seenTypes = new HashSet<TypeRef>();
        var seenTags = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < alternatives.Count; index++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var alternative = alternatives[index];
            if (alternative is not OpenApiSchemaReference && alternative.Type == JsonSchemaType.Null)
            {
                continue;
            }

            var alternativePointer = SpecPointer.Append(SpecPointer.Append(pointer, keyword), index);
            var type = types.Resolve(alternative, alternativePointer, name + "Option" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (type.Type.IsNamed && type.Type.QualifiedName == use.Type.QualifiedName)
            {
                context.Report(DiagnosticDescriptors.IgnoredConstruct, alternativePointer, "An alternative that is the union itself", "a value of the union is already one of the other alternatives");
                continue;
            }

            if (type.Type.Kind == TypeRefKind.JsonElement || !seenTypes.Add(type.Type.WithNullable(false)))
            {
                // An untyped alternative matches anything: values no typed alternative takes stay in Json.
                continue;
            }

            uses.JsonProperty(type, optional: false);
            var id = (alternative as OpenApiSchemaReference)?.Reference?.Id;
            var tags = id is not null && tagsById.TryGetValue(id, out var mapped) ? new List<string>(mapped) : new List<string>();
            if (discriminator is not null && tags.Count == 0 && id is not null)
            {
                tags.Add(id);
            }

            var kind = JsonKindOf(type);
            var isClass = kind == JsonKind.Object && type.Type.Kind != TypeRefKind.Map;
            var resolvable = alternative is not OpenApiSchemaReference reference || references.TargetOf(reference) is not null;
            var required = isClass && resolvable
                ? collector.Collect(alternative, alternativePointer).Where(p => p.Required).Select(p => p.WireName).ToEquatableArray()
                : EquatableArray<string>.Empty;
            models.Add(new UnionAlternativeModel(
                propertyNames.Take(AlternativeName(type.Type)),
                type.Type.WithNullable(false),
                type.IsValueType,
                kind,
                required,
                tags.Where(seenTags.Add).ToEquatableArray()));
        }

        var alternativesDoc = "One of: " + string.Join(", ", models.Select(m => m.PropertyName)) + ".";
        declared.SetUnion(new UnionModel(
            name,
            use.Type,
            new EquatableArray<string>(DocText.Lines(schema.Title, schema.Description, alternativesDoc)),
            discriminator,
            models.ToEquatableArray())
        {
            ExtensionsJson = VendorExtensions.ForTemplates(schema.Extensions),
        });
        return use;
    }

    /// <summary>The discriminator values a <c>mapping</c> gives each component, in the mapping's order.</summary>
    private static Dictionary<string, List<string>> TagsById(IDictionary<string, OpenApiSchemaReference>? mapping)
    {
        var tagsById = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in mapping ?? new Dictionary<string, OpenApiSchemaReference>())
        {
            if (pair.Value?.Reference?.Id is not { } id)
            {
                continue;
            }

            if (!tagsById.TryGetValue(id, out var tags))
            {
                tagsById[id] = tags = new List<string>();
            }

            tags.Add(pair.Key);
        }

        return tagsById;
    }

    private JsonKind JsonKindOf(TypeUse type) => type.Type.Kind switch
    {
        TypeRefKind.List => JsonKind.Array,
        TypeRefKind.Map => JsonKind.Object,
        TypeRefKind.String or TypeRefKind.Bytes or TypeRefKind.Uri or TypeRefKind.Guid or TypeRefKind.DateTimeOffset or TypeRefKind.DateOnly or TypeRefKind.TimeOnly or TypeRefKind.TimeSpan => JsonKind.String,
        TypeRefKind.Int32 or TypeRefKind.Int64 or TypeRefKind.Single or TypeRefKind.Double or TypeRefKind.Decimal => JsonKind.Number,
        TypeRefKind.Boolean => JsonKind.Boolean,
        TypeRefKind.Generated => declared.KindOf(type.Type) switch
        {
            DeclaredKind.Enum => JsonKind.String,
            DeclaredKind.Union => JsonKind.Any,
            _ => JsonKind.Object,
        },
        TypeRefKind.Mapped => declared.MappedJsonKindOf(type.Type) ?? JsonKind.Any,
        _ => JsonKind.Object,
    };

    private static string AlternativeName(TypeRef type) => type.Kind switch
    {
        TypeRefKind.List => AlternativeName(type.Element!) + "List",
        TypeRefKind.Map => "Map",
        TypeRefKind.String => "String",
        TypeRefKind.Int32 => "Int32",
        TypeRefKind.Int64 => "Int64",
        TypeRefKind.Single => "Single",
        TypeRefKind.Double => "Double",
        TypeRefKind.Decimal => "Decimal",
        TypeRefKind.Boolean => "Boolean",
        TypeRefKind.Bytes => "Bytes",
        // A project's type outside any namespace has long been named with a leading "Global"; kept so names stay put.
        TypeRefKind.Mapped when type.Namespace is null => Identifiers.ToPascalCase("global " + type.Name, "Value"),
        TypeRefKind.Generated or TypeRefKind.Mapped => Identifiers.ToPascalCase(type.Name, "Value"),
        _ => type.Kind.ToString(),
    };
}
