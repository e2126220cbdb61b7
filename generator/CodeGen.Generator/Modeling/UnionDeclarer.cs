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
        var fullName = context.Qualify(name);
        var use = new TypeUse(fullName, IsValueType: false, IsNullable: false);
        declared.Declare(schema, use, DeclaredKind.Union);
        json.Converted(fullName, name);
        declared.ReserveUnion(fullName);

        var keyword = schema.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";
        var alternatives = keyword == "oneOf" ? schema.OneOf! : schema.AnyOf!;
        var discriminator = schema.Discriminator?.PropertyName is { Length: > 0 } property ? property : null;
        var tagsById = TagsById(schema.Discriminator?.Mapping);
        var propertyNames = new NameScope(name, "Json", "JsonValueConverter", "Equals", "GetHashCode", "GetType", "ToString");
        var models = new List<UnionAlternativeModel>();
        var seenTypes = new HashSet<string>(StringComparer.Ordinal);
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
            if (type.TypeName == fullName)
            {
                context.Report(DiagnosticDescriptors.IgnoredConstruct, alternativePointer, "An alternative that is the union itself", "a value of the union is already one of the other alternatives");
                continue;
            }

            if (type.TypeName == TypeUses.JsonElement || !seenTypes.Add(type.TypeName))
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
            var isClass = kind == JsonKind.Object && !type.TypeName.StartsWith(TypeUses.DictionaryPrefix, StringComparison.Ordinal);
            var resolvable = alternative is not OpenApiSchemaReference reference || references.TargetOf(reference) is not null;
            var required = isClass && resolvable
                ? collector.Collect(alternative, alternativePointer).Where(p => p.Required).Select(p => p.WireName).ToEquatableArray()
                : EquatableArray<string>.Empty;
            models.Add(new UnionAlternativeModel(
                propertyNames.Take(AlternativeName(type)),
                type.TypeName,
                type.IsValueType,
                kind,
                required,
                tags.Where(seenTags.Add).ToEquatableArray()));
        }

        var alternativesDoc = "One of: " + string.Join(", ", models.Select(m => m.PropertyName)) + ".";
        declared.SetUnion(new UnionModel(
            name,
            fullName,
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

    private JsonKind JsonKindOf(TypeUse type)
    {
        if (type.IsCollection)
        {
            return JsonKind.Array;
        }

        return type.TypeName switch
        {
            "string" or "byte[]" or "global::System.Uri" or "global::System.Guid" or "global::System.DateTimeOffset" or "global::System.DateOnly" or "global::System.TimeOnly" or "global::System.TimeSpan" => JsonKind.String,
            "int" or "long" or "float" or "double" or "decimal" => JsonKind.Number,
            "bool" => JsonKind.Boolean,
            _ when declared.KindOf(type.TypeName) == DeclaredKind.Enum => JsonKind.String,
            _ when type.TypeName.StartsWith(TypeUses.DictionaryPrefix, StringComparison.Ordinal) => JsonKind.Object,
            _ when declared.KindOf(type.TypeName) == DeclaredKind.Union => JsonKind.Any,
            _ when declared.KindOf(type.TypeName) == DeclaredKind.Mapped => declared.MappedJsonKindOf(type.TypeName) ?? JsonKind.Any,
            _ => JsonKind.Object,
        };
    }

    private static string AlternativeName(TypeUse type)
    {
        var name = type.TypeName;
        if (name.StartsWith(TypeUses.ListPrefix, StringComparison.Ordinal))
        {
            var element = name.Substring(TypeUses.ListPrefix.Length).TrimEnd('>').TrimEnd('?');
            return AlternativeName(type with { TypeName = element, IsCollection = false }) + "List";
        }

        return name switch
        {
            "string" => "String",
            "int" => "Int32",
            "long" => "Int64",
            "float" => "Single",
            "double" => "Double",
            "decimal" => "Decimal",
            "bool" => "Boolean",
            "byte[]" => "Bytes",
            _ when name.StartsWith(TypeUses.DictionaryPrefix, StringComparison.Ordinal) => "Map",
            _ => Identifiers.ToPascalCase(name.Substring(name.LastIndexOf('.') + 1), "Value"),
        };
    }
}
