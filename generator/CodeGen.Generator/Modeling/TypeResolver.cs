using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;
using static CodeGen.Generator.Modeling.SchemaShapes;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Maps schemas to C# types, generating a class, enum or union for each schema worth a name: it reserves the
/// components' names, decides what each schema becomes, and hands the declaring to <see cref="ObjectDeclarer"/>,
/// <see cref="EnumDeclarer"/> and <see cref="UnionDeclarer"/>, which come back here for the types their members use.
/// </summary>
internal sealed class TypeResolver
{
    private readonly ModelContext _context;
    private readonly NameScope _typeNames;
    private readonly ComponentReferences _references;
    private readonly IDictionary<string, IOpenApiSchema> _components;
    private readonly Dictionary<string, TypeUse> _componentTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _reservedComponentNames = new(StringComparer.Ordinal);
    private readonly DeclaredTypes _declared;
    private readonly TypeUses _uses;
    private readonly ObjectDeclarer _objects;
    private readonly EnumDeclarer _enums;
    private readonly UnionDeclarer _unions;
    private readonly HashSet<string> _declaredComponents = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, TypeUse> _mappedTypes;
    private readonly ModelBudget _budget;
    private readonly System.Threading.CancellationToken _cancellationToken;
    private InheritanceMap? _inheritance;
    private int _collectionNesting;

    /// <param name="mappedTypes">Component schemas the project maps to its own types: used as that type, never declared.</param>
    public TypeResolver(ModelContext context, NameScope typeNames, JsonTypeRegistry json, IDictionary<string, IOpenApiSchema>? components, ModelBudget budget, System.Threading.CancellationToken cancellationToken, IReadOnlyDictionary<string, TypeUse>? mappedTypes = null)
    {
        _mappedTypes = mappedTypes ?? new Dictionary<string, TypeUse>();
        _context = context;
        _typeNames = typeNames;
        _references = new ComponentReferences(context, components);
        _components = _references.Schemas;
        _budget = budget;
        _cancellationToken = cancellationToken;
        _declared = new DeclaredTypes(_mappedTypes.Values);
        _uses = new TypeUses(json, _declared);
        var collector = new PropertyCollector(context, _references, this, _mappedTypes, cancellationToken);
        _objects = new ObjectDeclarer(context, _declared, json, _uses, collector, this, budget, cancellationToken);
        _enums = new EnumDeclarer(context, _declared, json, budget, cancellationToken);
        _unions = new UnionDeclarer(context, _declared, json, _uses, _references, collector, this, cancellationToken);
    }

    public EquatableArray<ObjectModel> Objects => _declared.Objects;

    public EquatableArray<EnumModel> Enums => _declared.Enums;

    public EquatableArray<UnionModel> Unions => _declared.Unions;

    /// <summary>Reserves the names of component schemas before anything inline can take them, then builds them.</summary>
    public void ResolveComponents()
    {
        var ids = _components.Keys.OrderBy(id => id, StringComparer.Ordinal).ToList();
        foreach (var id in ids)
        {
            if (_mappedTypes.TryGetValue(id, out var mappedType))
            {
                // Known before anything uses it, so no use ever reaches the schema itself.
                _componentTypes[id] = mappedType;
                _declared.AddMapped(mappedType, MappedJsonKind(_components[id]));
            }
            else if (GetsOwnType(_components[id]))
            {
                var name = _reservedComponentNames[id] = _typeNames.Take(Identifiers.ToPascalCase(id), _context, SchemaPointers.Component(id), "Schema", id);
                var schema = _components[id];
                _declared.Expect(_context.Qualify(name), IsStringEnum(schema) ? DeclaredKind.Enum : IsUnion(schema) ? DeclaredKind.Union : DeclaredKind.Object);
            }
        }

        _inheritance = new InheritanceMap(_components, IsClassComponent);

        // Each component is declared in its own turn, never while another is half declared: a chain of
        // references thousands long would otherwise be followed by recursion, as deep as the chain.
        foreach (var id in ids)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_mappedTypes.ContainsKey(id))
            {
                continue;
            }

            if (_reservedComponentNames.ContainsKey(id))
            {
                DeclareWithBases(id);
            }
            else
            {
                ResolveComponent(id);
            }
        }

        Polymorphism.LinkDerivedClasses(_declared, _inheritance, _budget, _cancellationToken);
    }

    /// <summary>Declares a component after every base class it extends, walking up the chain rather than recursing.</summary>
    private void DeclareWithBases(string id)
    {
        var chain = new List<string>();
        var onChain = new HashSet<string>(StringComparer.Ordinal);
        for (string? current = id; current is not null && !_declaredComponents.Contains(current) && onChain.Add(current); current = _inheritance!.BaseOf(current))
        {
            chain.Add(current);
        }

        for (var i = chain.Count - 1; i >= 0; i--)
        {
            Declare(chain[i]);
        }
    }

    private void Declare(string id)
    {
        if (!_declaredComponents.Add(id))
        {
            return;
        }

        var schema = _components[id];
        var name = _reservedComponentNames[id];
        _ = IsStringEnum(schema) ? _enums.Declare(schema, name, SchemaPointers.Component(id))
            : IsUnion(schema) ? _unions.Declare(schema, name, SchemaPointers.Component(id))
            : _objects.Declare(schema, name, SchemaPointers.Component(id), id, _inheritance);
    }

    private bool IsClassComponent(string id) =>
        _reservedComponentNames.ContainsKey(id) && _components[id] is not OpenApiSchemaReference && !IsStringEnum(_components[id]) && !IsUnion(_components[id]);

    /// <summary>The generated class named <paramref name="fullName"/>, once resolved.</summary>
    public ObjectModel? FindObject(string fullName) => _declared.FindClass(fullName);

    /// <summary>
    /// The JSON kind the spec gives a schema mapped to a type of the project's ("String", "Number", "True", "Array",
    /// "Object" or "Any"), or null for any other type: what decides how a parameter of that type is written.
    /// </summary>
    public string? MappedKindOf(TypeUse use) =>
        _declared.MappedJsonKindOf(use.TypeName);

    /// <summary>The element of a list whose items are a mapped type, or null.</summary>
    public TypeUse? MappedElementOf(TypeUse list)
    {
        const string ListPrefix = "global::System.Collections.Generic.List<";
        if (!list.IsCollection || !list.TypeName.StartsWith(ListPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var element = list.TypeName.Substring(ListPrefix.Length, list.TypeName.Length - ListPrefix.Length - 1);
        var nullable = element.EndsWith("?", StringComparison.Ordinal);
        var name = nullable ? element.Substring(0, element.Length - 1) : element;
        return _declared.MappedType(name) is { } mapped
            ? mapped with { IsNullable = nullable }
            : null;
    }

    /// <summary>Whether <paramref name="fullName"/> is a generated <c>oneOf</c>/<c>anyOf</c> union.</summary>
    public bool IsUnionType(string fullName) => _declared.KindOf(fullName) == DeclaredKind.Union;

    /// <summary>The JSON context property of a list type a generated property uses.</summary>
    public string? ListJsonProperty(string listTypeName) => _uses.ListJsonProperty(listTypeName);

    /// <summary>The JSON context property that serializes <paramref name="use"/>, registering nullable forms on demand.</summary>
    public string JsonProperty(TypeUse use, bool optional) => _uses.JsonProperty(use, optional);

    /// <summary>The C# type for <paramref name="schema"/>; <paramref name="nameHint"/> names a type generated for an inline schema.</summary>
    public TypeUse Resolve(IOpenApiSchema? schema, string pointer, string nameHint)
    {
        if (schema is null)
        {
            return Untyped();
        }

        if (schema is OpenApiSchemaReference reference)
        {
            return ResolveReference(reference, pointer);
        }

        // Inline schemas nest no deeper than the document (a limit of the read stage); this is the backstop.
        try
        {
            System.Runtime.CompilerServices.RuntimeHelpers.EnsureSufficientExecutionStack();
        }
        catch (InsufficientExecutionStackException)
        {
            throw new ModelLimitException(pointer, "The schema nests too deeply for the generator to follow");
        }

        var nullable = schema.Type is { } type && (type & JsonSchemaType.Null) != 0;
        var use = ResolveInline(schema, pointer, nameHint);
        return nullable ? use.AsNullable() : use;
    }

    /// <summary>The type a reference at <paramref name="pointer"/> stands for: its component's, or <c>JsonElement</c> (reported) when it leads nowhere.</summary>
    internal TypeUse ResolveReference(OpenApiSchemaReference reference, string pointer) =>
        _references.ComponentOf(reference, pointer) is { } id ? ResolveComponent(id) : Untyped();

    /// <summary>The type a use of component <paramref name="id"/> gets; a component worth a name is declared in its own turn.</summary>
    internal TypeUse ResolveComponent(string id)
    {
        var schema = _components[id];
        if (_componentTypes.TryGetValue(id, out var known))
        {
            // Generated types are cached without the schema's own nullability, which applies to every use.
            return (_reservedComponentNames.ContainsKey(id) || _mappedTypes.ContainsKey(id)) && IsNullable(schema) ? known.AsNullable() : known;
        }

        if (schema is OpenApiSchemaReference alias)
        {
            // Guard against a cycle of aliases before following it.
            _componentTypes[id] = Untyped();
            return _componentTypes[id] = ResolveReference(alias, SchemaPointers.Component(id));
        }

        if (_reservedComponentNames.TryGetValue(id, out var name))
        {
            // Its name is known before it is declared; ResolveComponents declares it in its turn.
            var use = new TypeUse(_context.Qualify(name), IsValueType: IsStringEnum(schema), IsNullable: false);
            _componentTypes[id] = use;
            return IsNullable(schema) ? use.AsNullable() : use;
        }

        // A primitive, array or map alias: references to it use the underlying type.
        _componentTypes[id] = Untyped();
        return _componentTypes[id] = Resolve(schema, SchemaPointers.Component(id), Identifiers.ToPascalCase(id));
    }

    private TypeUse ResolveInline(IOpenApiSchema schema, string pointer, string nameHint)
    {
        if (_declared.TryGetInline(schema, out var declared))
        {
            return declared;
        }

        if (schema.Not is not null)
        {
            _context.Report(DiagnosticDescriptors.IgnoredConstruct, SpecPointer.Append(pointer, "not"), "'not'", "it constrains values without changing their C# type");
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
                var part = Resolve(allOf[sole], SpecPointer.Append(SpecPointer.Append(pointer, "allOf"), sole), nameHint);
                return allOf.Any(p => p is not OpenApiSchemaReference && IsNullable(p)) ? part.AsNullable() : part;
            }

            return _objects.Declare(schema, _typeNames.Take(nameHint), pointer, componentId: null, _inheritance);
        }

        var type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        if (type == 0)
        {
            type = InferType(schema);
        }

        switch (type)
        {
            case JsonSchemaType.String:
                return IsStringEnum(schema) ? _enums.Declare(schema, _typeNames.Take(nameHint), pointer) : _uses.String(schema.Format);
            case JsonSchemaType.Integer:
                return Primitive(schema.Format == "int32" ? "int" : "long");
            case JsonSchemaType.Number:
                return Primitive(schema.Format switch { "float" => "float", "decimal" => "decimal", "int32" => "int", "int64" => "long", _ => "double" });
            case JsonSchemaType.Boolean:
                return Primitive("bool");
            case JsonSchemaType.Array:
                return Nested(pointer, () => ListOf(Resolve(schema.Items, SpecPointer.Append(pointer, "items"), nameHint + "Item")));
            case JsonSchemaType.Object:
                if (schema.Properties is { Count: > 0 })
                {
                    return _objects.Declare(schema, _typeNames.Take(nameHint), pointer, componentId: null, _inheritance);
                }

                return Nested(pointer, () => DictionaryOf(schema.AdditionalProperties is { } additional
                    ? Resolve(additional, SpecPointer.Append(pointer, "additionalProperties"), nameHint + "Value")
                    : Untyped()));
            case 0:
                return Untyped();
            default:
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, SpecPointer.Append(pointer, "type"), "A schema with several types", SchemaPointers.LastSegment(pointer), "JsonElement");
                return Untyped();
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
            if (_budget.FirstTooDeep())
            {
                _context.Report(DiagnosticDescriptors.UnsupportedConstruct, pointer, "Lists and maps nested more than " + ModelBudget.MaxCollectionNesting + " levels deep", SchemaPointers.LastSegment(pointer), "JsonElement (and so is every deeper one)");
            }

            return Untyped();
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
            var openEnum = _enums.Declare(schema, _typeNames.Take(nameHint), pointer);
            return allowsNull ? openEnum.AsNullable() : openEnum;
        }

        if (nonNull.Count == 1)
        {
            var single = Resolve(nonNull[0].alternative, SpecPointer.Append(SpecPointer.Append(pointer, keyword), nonNull[0].index), nameHint);
            return allowsNull ? single.AsNullable() : single;
        }

        var union = _unions.Declare(schema, _typeNames.Take(nameHint), pointer);
        return allowsNull ? union.AsNullable() : union;
    }

    private TypeUse Primitive(string typeName) => _uses.Primitive(typeName);

    private TypeUse Untyped() => _uses.Untyped();

    private TypeUse ListOf(TypeUse element) => _uses.ListOf(element);

    private TypeUse DictionaryOf(TypeUse value) => _uses.DictionaryOf(value);
}
