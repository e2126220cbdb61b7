using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;
using static CodeGen.Generator.Modeling.SchemaDocText;
using static CodeGen.Generator.Modeling.SchemaShapes;

namespace CodeGen.Generator.Modeling;

/// <summary>Maps schemas to C# types, generating a class or enum for each schema worth a name.</summary>
internal sealed class TypeResolver
{
    private readonly ModelContext _context;
    private readonly NameScope _typeNames;
    private readonly JsonTypeRegistry _json;
    private readonly ComponentReferences _references;
    private readonly IDictionary<string, IOpenApiSchema> _components;
    private readonly Dictionary<string, TypeUse> _componentTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _reservedComponentNames = new(StringComparer.Ordinal);
    private readonly DeclaredTypes _declared;
    private readonly TypeUses _uses;
    private readonly HashSet<string> _declaredComponents = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, TypeUse> _mappedTypes;

    private readonly Dictionary<IOpenApiSchema, (List<(IOpenApiSchema?, string, string)> Properties, HashSet<string> Required)> _composedProperties = new(SchemaIdentity.Instance);
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
        _json = json;
        _references = new ComponentReferences(context, components);
        _components = _references.Schemas;
        _budget = budget;
        _cancellationToken = cancellationToken;
        _declared = new DeclaredTypes(_mappedTypes.Values);
        _uses = new TypeUses(json, _declared);
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

        LinkDerivedClasses();
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
        _ = IsStringEnum(schema) ? DeclareEnum(schema, name, SchemaPointers.Component(id))
            : IsUnion(schema) ? DeclareUnion(schema, name, SchemaPointers.Component(id))
            : DeclareObject(schema, name, SchemaPointers.Component(id), id);
    }

    private bool IsClassComponent(string id) =>
        _reservedComponentNames.ContainsKey(id) && _components[id] is not OpenApiSchemaReference && !IsStringEnum(_components[id]) && !IsUnion(_components[id]);

    /// <summary>Gives each base class the discriminator values of its derived classes, however deep, once all are declared.</summary>
    private void LinkDerivedClasses()
    {
        // One walk up from each derived class lists it under every ancestor it was generated to extend.
        var derivedByBase = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var id in _declared.ClassComponents.OrderBy(id => id, StringComparer.Ordinal))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var visited = new HashSet<string>(StringComparer.Ordinal) { id };
            for (var current = id; _declared.ClassOfComponent(current)!.BaseTypeName is not null;)
            {
                current = _inheritance!.BaseOf(current)!;
                if (!visited.Add(current))
                {
                    break;
                }

                if (!derivedByBase.TryGetValue(current, out var list))
                {
                    derivedByBase[current] = list = new List<string>();
                }

                list.Add(id);
            }
        }

        foreach (var pair in derivedByBase)
        {
            // A derived class that is itself extended reads by its ancestor's discriminator.
            var baseId = pair.Key;
            var owner = _inheritance!.DiscriminatorOf(baseId) is not null ? baseId : _inheritance.DiscriminatingAncestorOf(baseId);
            if (owner is null)
            {
                continue;
            }

            // Every ancestor lists every class below it: a long chain would list quadratically many.
            _budget.SpendMembers(pair.Value.Count, SchemaPointers.Component(baseId));
            var seenValues = new HashSet<string>(StringComparer.Ordinal);
            var derived = pair.Value
                .SelectMany(derivedId => _inheritance.ValuesFor(owner, derivedId).Where(seenValues.Add).Select(value => new DerivedTypeModel(Literals.String(value), _declared.ClassOfComponent(derivedId)!.FullName)))
                .ToEquatableArray();
            _declared.SetClass(_declared.ClassOfComponent(baseId)! with { Polymorphism = new PolymorphismModel(Literals.String(_inheritance.DiscriminatorOf(owner)!), derived) });
        }
    }

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

    private TypeUse ResolveReference(OpenApiSchemaReference reference, string pointer) =>
        _references.ComponentOf(reference, pointer) is { } id ? ResolveComponent(id) : Untyped();

    private TypeUse ResolveComponent(string id)
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

            return DeclareObject(schema, _typeNames.Take(nameHint), pointer);
        }

        var type = (schema.Type ?? 0) & ~JsonSchemaType.Null;
        if (type == 0)
        {
            type = InferType(schema);
        }

        switch (type)
        {
            case JsonSchemaType.String:
                return IsStringEnum(schema) ? DeclareEnum(schema, _typeNames.Take(nameHint), pointer) : _uses.String(schema.Format);
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
                    return DeclareObject(schema, _typeNames.Take(nameHint), pointer);
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
            var openEnum = DeclareEnum(schema, _typeNames.Take(nameHint), pointer);
            return allowsNull ? openEnum.AsNullable() : openEnum;
        }

        if (nonNull.Count == 1)
        {
            var single = Resolve(nonNull[0].alternative, SpecPointer.Append(SpecPointer.Append(pointer, keyword), nonNull[0].index), nameHint);
            return allowsNull ? single.AsNullable() : single;
        }

        var union = DeclareUnion(schema, _typeNames.Take(nameHint), pointer);
        return allowsNull ? union.AsNullable() : union;
    }

    private TypeUse DeclareUnion(IOpenApiSchema schema, string name, string pointer)
    {
        var fullName = _context.Qualify(name);
        var use = new TypeUse(fullName, IsValueType: false, IsNullable: false);
        _declared.Declare(schema, use, DeclaredKind.Union);
        _json.Converted(fullName, name);
        _declared.ReserveUnion(fullName);

        var keyword = schema.OneOf is { Count: > 0 } ? "oneOf" : "anyOf";
        var alternatives = keyword == "oneOf" ? schema.OneOf! : schema.AnyOf!;
        var discriminator = schema.Discriminator?.PropertyName is { Length: > 0 } property ? property : null;
        var mapping = (schema.Discriminator?.Mapping ?? new Dictionary<string, OpenApiSchemaReference>())
            .Select(pair => (Value: pair.Key, Id: pair.Value?.Reference?.Id))
            .ToList();
        var propertyNames = new NameScope(name, "Json", "JsonValueConverter", "Equals", "GetHashCode", "GetType", "ToString");
        var models = new List<UnionAlternativeModel>();
        var seenTypes = new HashSet<string>(StringComparer.Ordinal);
        var seenTags = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < alternatives.Count; index++)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var alternative = alternatives[index];
            if (alternative is not OpenApiSchemaReference && alternative.Type == JsonSchemaType.Null)
            {
                continue;
            }

            var alternativePointer = SpecPointer.Append(SpecPointer.Append(pointer, keyword), index);
            var type = Resolve(alternative, alternativePointer, name + "Option" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (type.TypeName == fullName)
            {
                _context.Report(DiagnosticDescriptors.IgnoredConstruct, alternativePointer, "An alternative that is the union itself", "a value of the union is already one of the other alternatives");
                continue;
            }

            if (type.TypeName == TypeUses.JsonElement || !seenTypes.Add(type.TypeName))
            {
                // An untyped alternative matches anything: values no typed alternative takes stay in Json.
                continue;
            }

            JsonProperty(type, optional: false);
            var id = (alternative as OpenApiSchemaReference)?.Reference?.Id;
            var tags = mapping.Where(m => m.Id is not null && m.Id == id).Select(m => m.Value).ToList();
            if (discriminator is not null && tags.Count == 0 && id is not null)
            {
                tags.Add(id);
            }

            var kind = JsonKindOf(type);
            var isClass = kind == "Object" && !type.TypeName.StartsWith("global::System.Collections.Generic.Dictionary<", StringComparison.Ordinal);
            var resolvable = alternative is not OpenApiSchemaReference reference || _references.TargetOf(reference) is not null;
            var required = isClass && resolvable
                ? CollectProperties(alternative, alternativePointer).Where(p => p.Required).Select(p => Literals.String(p.WireName)).ToEquatableArray()
                : EquatableArray<string>.Empty;
            models.Add(new UnionAlternativeModel(
                propertyNames.Take(AlternativeName(type)),
                type.TypeName,
                type.IsValueType,
                kind,
                required,
                tags.Where(seenTags.Add).Select(Literals.String).ToEquatableArray()));
        }

        var alternativesDoc = "One of: " + string.Join(", ", models.Select(m => m.PropertyName)) + ".";
        _declared.SetUnion(new UnionModel(
            name,
            fullName,
            new EquatableArray<string>(Literals.DocLines(schema.Title, schema.Description, alternativesDoc)),
            discriminator is null ? null : Literals.String(discriminator),
            models.ToEquatableArray())
        {
            ExtensionsJson = VendorExtensions.ForTemplates(schema.Extensions),
        });
        return use;
    }

    private string JsonKindOf(TypeUse type)
    {
        if (type.IsCollection)
        {
            return "Array";
        }

        return type.TypeName switch
        {
            "string" or "byte[]" or "global::System.Uri" or "global::System.Guid" or "global::System.DateTimeOffset" or "global::System.DateOnly" or "global::System.TimeOnly" or "global::System.TimeSpan" => "String",
            "int" or "long" or "float" or "double" or "decimal" => "Number",
            "bool" => "True",
            _ when _declared.KindOf(type.TypeName) == DeclaredKind.Enum => "String",
            _ when type.TypeName.StartsWith("global::System.Collections.Generic.Dictionary<", StringComparison.Ordinal) => "Object",
            _ when _declared.KindOf(type.TypeName) == DeclaredKind.Union => "Any",
            _ when _declared.KindOf(type.TypeName) == DeclaredKind.Mapped => _declared.MappedJsonKindOf(type.TypeName)!,
            _ => "Object",
        };
    }

    private static string AlternativeName(TypeUse type)
    {
        var name = type.TypeName;
        if (name.StartsWith("global::System.Collections.Generic.List<", StringComparison.Ordinal))
        {
            var element = name.Substring("global::System.Collections.Generic.List<".Length).TrimEnd('>').TrimEnd('?');
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
            _ when name.StartsWith("global::System.Collections.Generic.Dictionary<", StringComparison.Ordinal) => "Map",
            _ => Identifiers.ToPascalCase(name.Substring(name.LastIndexOf('.') + 1), "Value"),
        };
    }

    private TypeUse DeclareObject(IOpenApiSchema schema, string name, string pointer, string? componentId = null)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var fullName = _context.Qualify(name);
        var use = new TypeUse(fullName, IsValueType: false, IsNullable: false);
        _declared.Declare(schema, use, DeclaredKind.Object);
        _json.Object(fullName, name);

        // A base still being declared (a cycle through its properties) cannot be derived from: the class is flattened instead.
        var baseId = componentId is null ? null : _inheritance?.BaseOf(componentId);
        var baseModel = baseId is null ? null : BaseClass(baseId);

        // The slot is taken before properties resolve, so nested types keep a stable order.
        _declared.ReserveClass(fullName, componentId);

        var inheritedNames = baseModel?.Properties.SelectMany(p => p.Accessor is { } a ? new[] { p.Name, a.Name, a.ZoneAccessorName } : new[] { p.Name }).OfType<string>() ?? Enumerable.Empty<string>();
        var propertyNames = new NameScope(new[] { name, "Equals", "GetHashCode", "GetType", "ToString", "MemberwiseClone", "ReferenceEquals", "Finalize" }.Concat(inheritedNames).ToArray());
        var inherited = baseModel?.Properties.ToDictionary(p => p.WireNameLiteral, StringComparer.Ordinal) ?? new Dictionary<string, PropertyModel>(StringComparer.Ordinal);
        var properties = new List<PropertyModel>();
        var collected = CollectProperties(schema, pointer).ToList();
        _budget.SpendMembers(collected.Count, pointer);
        var csharpNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (propertySchema, propertyPointer, required, wireName) in collected)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (inherited.TryGetValue(Literals.String(wireName), out var inheritedProperty))
            {
                _budget.SpendCharacters(Spelling(inheritedProperty), propertyPointer);
                properties.Add(inheritedProperty with { IsInherited = true });
                csharpNames[wireName] = inheritedProperty.Name;
                continue;
            }

            var propertyName = Identifiers.ToPascalCase(wireName);
            if (propertyName == name)
            {
                propertyName += "Value";
            }

            propertyName = propertyNames.Take(propertyName, _context, propertyPointer, "Property", wireName);
            csharpNames[wireName] = propertyName;
            var propertyType = Resolve(propertySchema, propertyPointer, name + propertyName);
            var optional = !required;
            properties.Add(new PropertyModel(
                propertyName,
                Literals.String(wireName),
                propertyType.Declare(optional),
                propertyType.JsonType(optional),
                required,
                propertyType.IsNullable,
                !propertyType.IsValueType,
                new EquatableArray<string>(Literals.DocLines(propertySchema?.Title, propertySchema is null ? null : DescriptionOf(propertySchema), propertySchema is null ? null : AllowedValues(propertySchema))),
                propertySchema?.Deprecated ?? false)
            {
                ExtensionsJson = VendorExtensions.ForTemplates(propertySchema?.Extensions),
            });
            _budget.SpendCharacters(Spelling(properties[properties.Count - 1]), propertyPointer);
            JsonProperty(propertyType, optional);
        }

        // Typed views of vendor-format strings come after every wire property has its name.
        var typeNames = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            typeNames[property.Name] = property.TypeName;
        }

        for (var i = 0; i < properties.Count; i++)
        {
            var (propertySchema, propertyPointer, _, wireName) = collected[i];
            if (!properties[i].IsInherited && properties[i].TypeName.StartsWith("string", StringComparison.Ordinal) &&
                propertySchema is not null && VendorExtensions.FormatOf(propertySchema) is { } format)
            {
                var zoneSource = VendorExtensions.TimeZonePropertyOf(propertySchema!) is { } zone && csharpNames.TryGetValue(zone, out var zoneName) ? zoneName : null;
                if (zoneSource is not null && typeNames[zoneSource] is not ("string" or "string?"))
                {
                    // The zone is read from the property's text: any other type would not convert.
                    _context.Report(DiagnosticDescriptors.UnsupportedConstruct, SpecPointer.Append(propertyPointer, VendorExtensions.TimeZoneProperty), "A time-zone property that is not a string", wireName, "a local time without a zone");
                    zoneSource = null;
                }

                var accessor = new FormatAccessorModel(
                    propertyNames.Take(properties[i].Name + "Value"),
                    format,
                    zoneSource is null ? null : propertyNames.Take(properties[i].Name + "Offset"),
                    zoneSource);
                properties[i] = properties[i] with { Accessor = accessor };
            }
        }

        // Properties beside declared ones are kept (and written back) rather than dropped on reading.
        if (schema.AdditionalProperties is not null && properties.Count > 0 && !properties.Any(p => p.IsExtensionData))
        {
            var extension = DictionaryOf(Untyped());
            properties.Add(new PropertyModel(
                propertyNames.Take("AdditionalProperties"),
                Literals.String("additionalProperties"),
                extension.Declare(optional: true),
                extension.JsonType(optional: true),
                IsRequired: false,
                IsNullable: false,
                IsReferenceType: true,
                new EquatableArray<string>(Literals.DocLines("The JSON properties this schema does not declare, as received.")),
                IsDeprecated: false,
                IsExtensionData: true));
        }

        _declared.SetClass(new ObjectModel(
            name,
            fullName,
            new EquatableArray<string>(Literals.DocLines(schema.Title, schema.Description)),
            schema.Deprecated,
            properties.ToEquatableArray(),
            baseModel?.FullName,
            DiscriminatorDefault: baseModel is null ? null : DiscriminatorDefault(componentId!, baseModel))
        {
            ExtensionsJson = VendorExtensions.ForTemplates(schema.Extensions),
        });
        return use;
    }

    /// <summary>How much of the output a property spells: its names and its type, each written a few times.</summary>
    private static long Spelling(PropertyModel property) => property.Name.Length + property.WireNameLiteral.Length + property.TypeName.Length;

    /// <summary>The declared class of component <paramref name="baseId"/>, or null while it is still being declared.</summary>
    private ObjectModel? BaseClass(string baseId)
    {
        ResolveComponent(baseId);
        return _declared.ClassOfComponent(baseId);
    }

    /// <summary>The class up the chain from <paramref name="model"/> that declares property <paramref name="name"/> itself (a cref through a derived class does not resolve).</summary>
    private string DeclaringClass(ObjectModel model, string name)
    {
        var current = model;
        for (var steps = 0; steps < _declared.ClassSlotCount && current.Properties.Any(p => p.Name == name && p.IsInherited) && current.BaseTypeName is { } baseName && FindObject(baseName) is { } baseModel; steps++)
        {
            current = baseModel;
        }

        return current.FullName;
    }

    /// <summary>A derived class starts with its discriminator value set, when the base declares it as a plain string.</summary>
    private DiscriminatorDefaultModel? DiscriminatorDefault(string derivedId, ObjectModel baseModel)
    {
        if (_inheritance!.DiscriminatingAncestorOf(derivedId) is not { } ancestor)
        {
            return null;
        }

        var discriminator = Literals.String(_inheritance.DiscriminatorOf(ancestor)!);
        return baseModel.Properties.FirstOrDefault(p => p.WireNameLiteral == discriminator) is { TypeName: "string" or "string?" } property
            ? new DiscriminatorDefaultModel(property.Name, Literals.String(_inheritance.ValuesFor(ancestor, derivedId)[0]), DeclaringClass(baseModel, property.Name))
            : null;
    }

    /// <summary>The properties of a schema and of everything it composes with <c>allOf</c>, first declaration winning.</summary>
    private IEnumerable<(IOpenApiSchema? Schema, string Pointer, bool Required, string WireName)> CollectProperties(IOpenApiSchema schema, string pointer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        var collected = new List<(IOpenApiSchema?, string, string)>();
        var visited = new HashSet<IOpenApiSchema>(SchemaIdentity.Instance);
        var open = new HashSet<IOpenApiSchema>(SchemaIdentity.Instance);
        var cyclic = false;
        IOpenApiSchema? root = null;

        // Parts before the schema's own properties, depth first; an explicit stack, as allOf chains can be long.
        var pending = new Stack<(IOpenApiSchema Schema, string Pointer, bool PartsDone)>();
        pending.Push((schema, pointer, false));
        while (pending.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var (current, currentPointer, partsDone) = pending.Pop();
            if (partsDone)
            {
                open.Remove(current);
                required.UnionWith(current.Required ?? new HashSet<string>());
                foreach (var property in current.Properties ?? new Dictionary<string, IOpenApiSchema>())
                {
                    if (seen.Add(property.Key))
                    {
                        collected.Add((property.Value, SpecPointer.Append(SpecPointer.Append(currentPointer, "properties"), property.Key), property.Key));
                    }
                }

                continue;
            }

            if (current is OpenApiSchemaReference reference)
            {
                if (_references.TargetOf(reference) is not { } target)
                {
                    ResolveReference(reference, currentPointer);
                    continue;
                }

                if (!ReferenceEquals(current, schema) && reference.Reference.Id is { } partId && _mappedTypes.TryGetValue(partId, out var mapped))
                {
                    // The user's type may be sealed, a struct, or shaped otherwise: only the spec says what the part adds.
                    _context.ReportAtValue(DiagnosticDescriptors.IgnoredConstruct, SpecPointer.Append(currentPointer, "$ref"), "The type mapping of schema '" + partId + "' in an allOf", "the composing class copies the schema's properties from the spec rather than deriving from " + mapped.TypeName.Substring("global::".Length));
                }

                currentPointer = SchemaPointers.Component(reference.Reference.Id ?? string.Empty);
                current = target;
            }

            root ??= current;
            if (!visited.Add(current))
            {
                // Reaching a part still being walked is a cycle: its order depends on where the walk entered it.
                cyclic |= open.Contains(current);
                continue;
            }

            if (!ReferenceEquals(current, root) && _composedProperties.TryGetValue(current, out var known))
            {
                // A part already collected for its own class brings its whole closure at once: walking it again from every
                // class below it made allOf chains cost the square of their length. Without cycles the order is the same.
                required.UnionWith(known.Required);
                foreach (var item in known.Properties)
                {
                    if (seen.Add(item.Item3))
                    {
                        collected.Add(item);
                    }
                }

                continue;
            }

            open.Add(current);
            pending.Push((current, currentPointer, true));
            var parts = current.AllOf ?? new List<IOpenApiSchema>();
            for (var index = parts.Count - 1; index >= 0; index--)
            {
                pending.Push((parts[index], SpecPointer.Append(SpecPointer.Append(currentPointer, "allOf"), index), false));
            }
        }

        if (!cyclic && root is not null)
        {
            _composedProperties[root] = (collected, required);
        }

        return collected.Select(item => (item.Item1, item.Item2, required.Contains(item.Item3), item.Item3));
    }

    private TypeUse DeclareEnum(IOpenApiSchema schema, string name, string pointer)
    {
        var fullName = _context.Qualify(name);
        var use = new TypeUse(fullName, IsValueType: true, IsNullable: false);
        _declared.Declare(schema, use, DeclaredKind.Enum);
        _json.Enum(fullName, name, nullable: false);
        var memberNames = new NameScope(name, "Value", "IsKnown", "JsonValueConverter", "Equals", "GetHashCode", "ToString", "KnownValues", "KnownValueSet");
        var known = OpenEnumPart(schema) ?? schema;
        var descriptions = VendorExtensions.EnumDescriptionsOf(known);

        // Some documents put the descriptions beside the anyOf rather than beside the values it holds.
        if (descriptions.Count == 0)
        {
            descriptions = VendorExtensions.EnumDescriptionsOf(schema);
        }

        var members = new List<EnumMemberModel>();
        var seenValues = new HashSet<string>(StringComparer.Ordinal);
        _budget.SpendMembers(known.Enum!.Count, pointer);
        var index = 0;
        foreach (var node in known.Enum!)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var position = index++;
            if (node is null || !seenValues.Add(node.GetValue<string>()))
            {
                continue;
            }

            var value = node.GetValue<string>();
            var memberName = memberNames.Take(Identifiers.ToPascalCase(value, "Empty"));
            var description = position < descriptions.Count ? descriptions[position] : null;
            members.Add(new EnumMemberModel(memberName, Literals.String(value), new EquatableArray<string>(Literals.DocLines(description ?? "The value \"" + value + "\"."))));
            _budget.SpendCharacters(memberName.Length + (2L * (members[members.Count - 1].ValueLiteral.Length + fullName.Length)), pointer);
        }

        _declared.AddEnum(new EnumModel(name, fullName, new EquatableArray<string>(Literals.DocLines(schema.Title ?? known.Title, schema.Description ?? known.Description)), members.ToEquatableArray())
        {
            ExtensionsJson = VendorExtensions.ForTemplates(schema.Extensions),
        });
        return use;
    }

    private TypeUse Primitive(string typeName) => _uses.Primitive(typeName);

    private TypeUse Untyped() => _uses.Untyped();

    private TypeUse ListOf(TypeUse element) => _uses.ListOf(element);

    private TypeUse DictionaryOf(TypeUse value) => _uses.DictionaryOf(value);
}
