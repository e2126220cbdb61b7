using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Emit;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// What the model stage has declared so far: the kind of every type name it hands out, the classes, enums and unions
/// generated, and the type each inline schema got.
/// </summary>
internal sealed class DeclaredTypes
{
    private readonly Dictionary<string, DeclaredKind> _kinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonKind> _mappedJsonKinds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TypeUse> _mappedByTypeName = new(StringComparer.Ordinal);

    // One type per inline schema, however many places use it: a shared parameter, response or base-class property
    // would otherwise declare a new type at each use, and an inline schema whose properties lead back to it
    // (allOf: [{$ref: Node}, {...}] inside Node) would declare new types without end.
    private readonly Dictionary<IOpenApiSchema, TypeUse> _inlineTypes = new(SchemaIdentity.Instance);
    private readonly DeclarationSlots<ObjectModel> _objects = new();
    private readonly Dictionary<string, string> _classOfComponent = new(StringComparer.Ordinal);
    private readonly DeclarationSlots<UnionModel> _unions = new();
    private readonly List<EnumModel> _enums = new();

    /// <param name="mappedTypes">The project's types that schemas are mapped to; the first of one name stands for it.</param>
    public DeclaredTypes(IEnumerable<TypeUse> mappedTypes)
    {
        foreach (var mapped in mappedTypes)
        {
            if (!_mappedByTypeName.ContainsKey(mapped.TypeName))
            {
                _mappedByTypeName[mapped.TypeName] = mapped;
            }
        }
    }

    public EquatableArray<ObjectModel> Objects => _objects.Filled.OrderBy(o => o.Name, StringComparer.Ordinal).ToEquatableArray();

    public EquatableArray<EnumModel> Enums => _enums.OrderBy(e => e.Name, StringComparer.Ordinal).ToEquatableArray();

    public EquatableArray<UnionModel> Unions => _unions.Filled.OrderBy(u => u.Name, StringComparer.Ordinal).ToEquatableArray();

    /// <summary>How many classes have taken a slot, declared or still being declared.</summary>
    public int ClassSlotCount => _objects.Count;

    /// <summary>The components declared as classes, in no particular order.</summary>
    public IEnumerable<string> ClassComponents => _classOfComponent.Keys;

    public DeclaredKind? KindOf(string fullName) => _kinds.TryGetValue(fullName, out var kind) ? kind : null;

    /// <summary>Records what <paramref name="fullName"/> will be, before (or as) it is declared.</summary>
    public void Expect(string fullName, DeclaredKind kind) => _kinds[fullName] = kind;

    /// <summary>Records a type of the project's that a schema is mapped to, and the JSON kind the spec gives its values.</summary>
    public void AddMapped(TypeUse mapped, JsonKind jsonKind)
    {
        _kinds[mapped.TypeName] = DeclaredKind.Mapped;
        _mappedJsonKinds[mapped.TypeName] = jsonKind;
    }

    /// <summary>The JSON kind of a mapped type's values, or null for any other type.</summary>
    public JsonKind? MappedJsonKindOf(string typeName) => KindOf(typeName) == DeclaredKind.Mapped ? _mappedJsonKinds[typeName] : null;

    /// <summary>The mapped type named <paramref name="typeName"/>, when a schema in use is mapped to it.</summary>
    public TypeUse? MappedType(string typeName) =>
        KindOf(typeName) == DeclaredKind.Mapped && _mappedByTypeName.TryGetValue(typeName, out var mapped) ? mapped : null;

    public bool TryGetInline(IOpenApiSchema schema, out TypeUse use) => _inlineTypes.TryGetValue(schema, out use!);

    /// <summary>Gives a schema its type and records the type's kind: every later use of the schema gets the same type.</summary>
    public void Declare(IOpenApiSchema schema, TypeUse use, DeclaredKind kind)
    {
        _inlineTypes[schema] = use;
        _kinds[use.TypeName] = kind;
    }

    /// <summary>Takes a class's slot, before its properties resolve; <paramref name="componentId"/> names the component it is generated for.</summary>
    public void ReserveClass(string fullName, string? componentId)
    {
        _objects.Reserve(fullName);
        if (componentId is not null)
        {
            _classOfComponent[componentId] = fullName;
        }
    }

    /// <summary>Fills in, or replaces, a class's model.</summary>
    public void SetClass(ObjectModel model) => _objects.Fill(TypeSyntax.Name(model.Type), model);

    /// <summary>The generated class named <paramref name="fullName"/>, or null when there is none or it is still being declared.</summary>
    public ObjectModel? FindClass(string fullName) => _objects.Find(fullName);

    /// <summary>The class generated for component <paramref name="id"/>, or null when there is none or it is still being declared.</summary>
    public ObjectModel? ClassOfComponent(string id) => _classOfComponent.TryGetValue(id, out var fullName) ? _objects.Find(fullName) : null;

    public void ReserveUnion(string fullName) => _unions.Reserve(fullName);

    public void SetUnion(UnionModel model) => _unions.Fill(TypeSyntax.Name(model.Type), model);

    public void AddEnum(EnumModel model) => _enums.Add(model);
}
