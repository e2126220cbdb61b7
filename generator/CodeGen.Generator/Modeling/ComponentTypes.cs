using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;
using static CodeGen.Generator.Modeling.SchemaShapes;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// The component schemas' types: their names reserved before anything inline can take them, each declared in its own
/// turn after the base classes it extends, and the type each use of a component gets.
/// </summary>
/// <param name="mappedTypes">Component schemas the project maps to its own types: used as that type, never declared.</param>
/// <param name="types">Resolves an alias component to the type it stands for.</param>
internal sealed class ComponentTypes(
    ModelContext context,
    NameScope typeNames,
    IDictionary<string, IOpenApiSchema> components,
    IReadOnlyDictionary<string, TypeUse> mappedTypes,
    DeclaredTypes declared,
    TypeUses uses,
    TypeResolver types,
    ObjectDeclarer objects,
    EnumDeclarer enums,
    UnionDeclarer unions,
    ModelBudget budget,
    CancellationToken cancellationToken)
{
    private readonly Dictionary<string, TypeUse> _componentTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _reservedNames = new(StringComparer.Ordinal);
    private readonly HashSet<string> _declaredComponents = new(StringComparer.Ordinal);
    private InheritanceMap? _inheritance;

    /// <summary>Reserves the names of component schemas before anything inline can take them, then builds them.</summary>
    /// <param name="leftOut">
    /// Component schemas that are not generated: their names are taken too, in the same order, so a generated
    /// schema's name does not depend on which others are generated.
    /// </param>
    public void DeclareAll(IDictionary<string, IOpenApiSchema>? leftOut = null)
    {
        var ids = components.Keys.OrderBy(id => id, StringComparer.Ordinal).ToList();
        foreach (var id in leftOut is null ? ids : ids.Concat(leftOut.Keys).OrderBy(id => id, StringComparer.Ordinal).ToList())
        {
            if (!components.ContainsKey(id))
            {
                if (!mappedTypes.ContainsKey(id) && GetsOwnType(leftOut![id]))
                {
                    typeNames.Take(Desired(id, leftOut![id]));
                }
            }
            else if (mappedTypes.TryGetValue(id, out var mappedType))
            {
                // Known before anything uses it, so no use ever reaches the schema itself.
                _componentTypes[id] = mappedType;
                declared.AddMapped(mappedType, MappedJsonKind(components[id]));
            }
            else if (GetsOwnType(components[id]))
            {
                var name = _reservedNames[id] = typeNames.Take(Desired(id, components[id]), context, SchemaPointers.Component(id), "Schema", id);
                var schema = components[id];
                declared.Expect(TypeRef.Generated(context.Namespace, name, IsStringEnum(schema)), IsStringEnum(schema) ? DeclaredKind.Enum : IsUnion(schema) ? DeclaredKind.Union : DeclaredKind.Object);
            }
        }

        _inheritance = new InheritanceMap(components, IsClassComponent);

        // Each component is declared in its own turn, never while another is half declared: a chain of
        // references thousands long would otherwise be followed by recursion, as deep as the chain.
        foreach (var id in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (mappedTypes.ContainsKey(id))
            {
                continue;
            }

            if (_reservedNames.ContainsKey(id))
            {
                DeclareWithBases(id);
            }
            else
            {
                TypeOf(id);
            }
        }

        Polymorphism.LinkDerivedClasses(declared, _inheritance, budget, cancellationToken);
    }

    /// <summary>The type a use of component <paramref name="id"/> gets; a component worth a name is declared in its own turn.</summary>
    public TypeUse TypeOf(string id)
    {
        var schema = components[id];
        if (_componentTypes.TryGetValue(id, out var known))
        {
            // Generated types are cached without the schema's own nullability, which applies to every use.
            return (_reservedNames.ContainsKey(id) || mappedTypes.ContainsKey(id)) && IsNullable(schema) ? known.AsNullable() : known;
        }

        if (schema is OpenApiSchemaReference alias)
        {
            // Guard against a cycle of aliases before following it.
            _componentTypes[id] = uses.Untyped();
            return _componentTypes[id] = types.ResolveReference(alias, SchemaPointers.Component(id));
        }

        if (_reservedNames.TryGetValue(id, out var name))
        {
            // Its name is known before it is declared; DeclareAll declares it in its turn.
            var use = new TypeUse(TypeRef.Generated(context.Namespace, name, isValueType: IsStringEnum(schema)));
            _componentTypes[id] = use;
            return IsNullable(schema) ? use.AsNullable() : use;
        }

        // A primitive, array or map alias: references to it use the underlying type.
        _componentTypes[id] = uses.Untyped();
        return _componentTypes[id] = types.Resolve(schema, SchemaPointers.Component(id), Identifiers.ToPascalCase(id));
    }

    /// <summary>The name a component asks for: its id in PascalCase, with a suffix when that names a member its kind always declares.</summary>
    private static string Desired(string id, IOpenApiSchema schema)
    {
        var name = Identifiers.ToPascalCase(id);
        return IsStringEnum(schema) ? FixedMemberNames.ForEnum(name) : IsUnion(schema) ? FixedMemberNames.ForUnion(name) : name;
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

        var schema = components[id];
        var name = _reservedNames[id];
        _ = IsStringEnum(schema) ? enums.Declare(schema, name, SchemaPointers.Component(id))
            : IsUnion(schema) ? unions.Declare(schema, name, SchemaPointers.Component(id))
            : objects.DeclareComponent(id, schema, name, _inheritance!);
    }

    private bool IsClassComponent(string id) =>
        _reservedNames.ContainsKey(id) && components[id] is not OpenApiSchemaReference && !IsStringEnum(components[id]) && !IsUnion(components[id]);
}
