using System;
using System.Collections.Generic;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Maps schemas to C# types, generating a class, enum or union for each schema worth a name. It wires the parts and
/// routes each schema: a reference to <see cref="ComponentTypes"/>, an inline schema to <see cref="InlineSchemas"/>;
/// the declarers (<see cref="ObjectDeclarer"/>, <see cref="EnumDeclarer"/>, <see cref="UnionDeclarer"/>) come back
/// here for the types their members use.
/// </summary>
internal sealed class TypeResolver
{
    private readonly ComponentReferences _references;
    private readonly DeclaredTypes _declared;
    private readonly TypeUses _uses;
    private readonly ComponentTypes _components;
    private readonly InlineSchemas _inline;

    /// <param name="mappedTypes">Component schemas the project maps to its own types: used as that type, never declared.</param>
    public TypeResolver(ModelContext context, NameScope typeNames, JsonTypeRegistry json, IDictionary<string, IOpenApiSchema>? components, ModelBudget budget, System.Threading.CancellationToken cancellationToken, IReadOnlyDictionary<string, TypeUse>? mappedTypes = null)
    {
        var mapped = mappedTypes ?? new Dictionary<string, TypeUse>();
        _references = new ComponentReferences(context, components);
        _declared = new DeclaredTypes(mapped.Values);
        _uses = new TypeUses(json, _declared);
        var collector = new PropertyCollector(context, _references, this, mapped, budget, cancellationToken);
        var objects = new ObjectDeclarer(context, _declared, json, _uses, collector, this, budget, cancellationToken);
        var enums = new EnumDeclarer(context, _declared, json, budget, cancellationToken);
        var unions = new UnionDeclarer(context, _declared, json, _uses, _references, collector, this, cancellationToken);
        _components = new ComponentTypes(context, typeNames, _references.Schemas, mapped, _declared, _uses, this, objects, enums, unions, budget, cancellationToken);
        _inline = new InlineSchemas(context, typeNames, _declared, _uses, this, objects, enums, unions, budget);
    }

    public EquatableArray<ObjectModel> Objects => _declared.Objects;

    public EquatableArray<EnumModel> Enums => _declared.Enums;

    public EquatableArray<UnionModel> Unions => _declared.Unions;

    /// <summary>Reserves the names of component schemas before anything inline can take them, then builds them.</summary>
    /// <param name="leftOut">Component schemas that are not generated, whose names are reserved all the same.</param>
    public void ResolveComponents(IDictionary<string, IOpenApiSchema>? leftOut = null) => _components.DeclareAll(leftOut);

    /// <summary>The generated class <paramref name="type"/> names, once resolved.</summary>
    public ObjectModel? FindObject(TypeRef type) => _declared.FindClass(type);

    /// <summary>
    /// The JSON kind the spec gives a schema mapped to a type of the project's, or null for any other type: what
    /// decides how a parameter of that type is written.
    /// </summary>
    public JsonKind? MappedKindOf(TypeUse use) => _declared.MappedJsonKindOf(use.Type);

    /// <summary>The element of a list whose items are a mapped type, or null.</summary>
    public TypeUse? MappedElementOf(TypeUse list) =>
        list.Type is { Kind: TypeRefKind.List, Element: { Kind: TypeRefKind.Mapped } element } ? new TypeUse(element) : null;

    /// <summary>Whether <paramref name="type"/> is a generated <c>oneOf</c>/<c>anyOf</c> union.</summary>
    public bool IsUnionType(TypeRef type) => _declared.KindOf(type) == DeclaredKind.Union;

    /// <summary>The JSON metadata of a list type a generated property uses, or null when the type is no list.</summary>
    public JsonTypeModel? ListType(TypeRef type) => _uses.ListType(type);

    /// <summary>The JSON context property that serializes <paramref name="use"/>, registering nullable forms on demand.</summary>
    public string JsonProperty(TypeUse use, bool optional) => _uses.JsonProperty(use, optional);

    /// <summary>The C# type for <paramref name="schema"/>; <paramref name="nameHint"/> names a type generated for an inline schema.</summary>
    public TypeUse Resolve(IOpenApiSchema? schema, string pointer, string nameHint)
    {
        if (schema is null)
        {
            return _uses.Untyped();
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
        var use = _inline.TypeOf(schema, pointer, nameHint);
        return nullable ? use.AsNullable() : use;
    }

    /// <summary>The type a reference at <paramref name="pointer"/> stands for: its component's, or <c>JsonElement</c> (reported) when it leads nowhere.</summary>
    internal TypeUse ResolveReference(OpenApiSchemaReference reference, string pointer) =>
        _references.ComponentOf(reference, pointer) is { } id ? ResolveComponent(id) : _uses.Untyped();

    /// <summary>The type a use of component <paramref name="id"/> gets; a component worth a name is declared in its own turn.</summary>
    internal TypeUse ResolveComponent(string id) => _components.TypeOf(id);
}
