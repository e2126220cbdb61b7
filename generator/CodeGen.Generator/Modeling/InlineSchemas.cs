using System;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Reading;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;
using static CodeGen.Generator.Modeling.SchemaShapes;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// What an inline schema becomes: a primitive, a list or map of what it holds, the one schema an annotated
/// <c>allOf</c> wraps, or a class, enum or union declared for it and named by where it is used.
/// </summary>
/// <param name="types">Resolves the schemas this one holds.</param>
internal sealed class InlineSchemas(
    ModelContext context,
    NameScope typeNames,
    DeclaredTypes declared,
    TypeUses uses,
    TypeResolver types,
    ObjectDeclarer objects,
    EnumDeclarer enums,
    UnionDeclarer unions,
    ModelBudget budget)
{
    private readonly System.Collections.Generic.HashSet<IOpenApiSchema> _oversizedEnums = new(SchemaIdentity.Instance);
    private int _collectionNesting;

    /// <summary>The type of an inline schema (not a reference); <paramref name="nameHint"/> names a type generated for it.</summary>
    public TypeUse TypeOf(IOpenApiSchema schema, string pointer, string nameHint)
    {
        if (declared.TryGetInline(schema, out var known))
        {
            return known;
        }

        if (schema.Not is not null)
        {
            context.Report(DiagnosticDescriptors.IgnoredConstruct, SpecPointer.Append(pointer, "not"), "'not'", "it constrains values without changing their C# type");
        }

        if (schema.OneOf is { Count: > 0 } || schema.AnyOf is { Count: > 0 })
        {
            return ResolveAlternatives(schema, pointer, nameHint);
        }

        if (schema.AllOf is { Count: > 0 } allOf)
        {
            // allOf: [{$ref}, {description}] only documents a use of one schema: it is that schema, not a new class.
            if (SoleStructuralPart(schema) is { } sole)
            {
                var part = types.Resolve(allOf[sole], SpecPointer.Append(SpecPointer.Append(pointer, "allOf"), sole), nameHint);
                return allOf.Any(p => p is not OpenApiSchemaReference && IsNullable(p)) ? part.AsNullable() : part;
            }

            return objects.DeclareInline(schema, typeNames.Take(nameHint), pointer);
        }

        var type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        if (type == 0)
        {
            type = InferType(schema);
        }

        switch (type)
        {
            case JsonSchemaType.String:
                if (schema.Enum is { Count: > ModelBudget.MaxEnumValues } values && _oversizedEnums.Add(schema))
                {
                    context.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, "An enum of " + values.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " values (more than " + ModelBudget.MaxEnumValues.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + ")", SchemaPointers.LastSegment(pointer), "string");
                }

                return IsStringEnum(schema) ? enums.Declare(schema, typeNames.Take(FixedMemberNames.ForEnum(nameHint)), pointer) : uses.String(schema.Format);
            case JsonSchemaType.Integer:
                return uses.Primitive(schema.Format == "int32" ? TypeRefKind.Int32 : TypeRefKind.Int64);
            case JsonSchemaType.Number:
                return uses.Primitive(schema.Format switch { "float" => TypeRefKind.Single, "decimal" => TypeRefKind.Decimal, "int32" => TypeRefKind.Int32, "int64" => TypeRefKind.Int64, _ => TypeRefKind.Double });
            case JsonSchemaType.Boolean:
                return uses.Primitive(TypeRefKind.Boolean);
            case JsonSchemaType.Array:
                return Nested(pointer, () => uses.ListOf(types.Resolve(schema.Items, SpecPointer.Append(pointer, "items"), nameHint + "Item")));
            case JsonSchemaType.Object:
                if (schema.Properties is { Count: > 0 })
                {
                    return objects.DeclareInline(schema, typeNames.Take(nameHint), pointer);
                }

                return Nested(pointer, () => uses.DictionaryOf(schema.AdditionalProperties is { } additional
                    ? types.Resolve(additional, SpecPointer.Append(pointer, "additionalProperties"), nameHint + "Value")
                    : uses.Untyped()));
            case 0:
                return uses.Untyped();
            default:
                context.Report(DiagnosticDescriptors.UnsupportedConstruct, SpecPointer.Append(pointer, "type"), "A schema with several types", SchemaPointers.LastSegment(pointer), "JsonElement");
                return uses.Untyped();
        }
    }

    /// <summary>
    /// Lists and maps nest in their type names, so a chain of array schemas would spell each type as long as the
    /// chain (quadratic output); past <see cref="ModelBudget.MaxCollectionNesting"/> levels the value stays JSON.
    /// </summary>
    private TypeUse Nested(string pointer, Func<TypeUse> resolve)
    {
        if (_collectionNesting >= ModelBudget.MaxCollectionNesting)
        {
            if (budget.FirstTooDeep())
            {
                context.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, "Lists and maps nested more than " + ModelBudget.MaxCollectionNesting + " levels deep", SchemaPointers.LastSegment(pointer), "JsonElement (and so is every deeper one)");
            }

            return uses.Untyped();
        }

        _collectionNesting++;
        try
        {
            return resolve();
        }
        finally
        {
            _collectionNesting--;
        }
    }

    private TypeUse ResolveAlternatives(IOpenApiSchema schema, string pointer, string nameHint)
    {
        var keyword = schema.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";
        var alternatives = (keyword == "oneOf" ? schema.OneOf! : schema.AnyOf!).ToList();
        var nonNull = alternatives
            .Select((alternative, index) => (alternative, index))
            .Where(pair => pair.alternative is OpenApiSchemaReference || pair.alternative.Type != JsonSchemaType.Null)
            .ToList();
        var allowsNull = nonNull.Count < alternatives.Count;
        if (OpenEnumPart(schema) is not null)
        {
            var openEnum = enums.Declare(schema, typeNames.Take(FixedMemberNames.ForEnum(nameHint)), pointer);
            return allowsNull ? openEnum.AsNullable() : openEnum;
        }

        if (nonNull.Count == 1)
        {
            var single = types.Resolve(nonNull[0].alternative, SpecPointer.Append(SpecPointer.Append(pointer, keyword), nonNull[0].index), nameHint);
            return allowsNull ? single.AsNullable() : single;
        }

        var union = unions.Declare(schema, typeNames.Take(FixedMemberNames.ForUnion(nameHint)), pointer);
        return allowsNull ? union.AsNullable() : union;
    }
}
