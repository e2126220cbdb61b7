using System;
using System.Collections.Generic;
using System.Linq;
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
            if (!_mappedByTypeName.ContainsKey(Key(mapped.Type)))
            {
                _mappedByTypeName[Key(mapped.Type)] = mapped;
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

    public DeclaredKind? KindOf(TypeRef type) => _kinds.TryGetValue(Key(type), out var kind) ? kind : null;

    /// <summary>Records what <paramref name="type"/> will be, before (or as) it is declared.</summary>
    public void Expect(TypeRef type, DeclaredKind kind) => _kinds[Key(type)] = kind;

    /// <summary>Records a type of the project's that a schema is mapped to, and the JSON kind the spec gives its values.</summary>
    public void AddMapped(TypeUse mapped, JsonKind jsonKind)
    {
        _kinds[Key(mapped.Type)] = DeclaredKind.Mapped;
        _mappedJsonKinds[Key(mapped.Type)] = jsonKind;
    }

    /// <summary>The JSON kind of a mapped type's values, or null for any other type.</summary>
    public JsonKind? MappedJsonKindOf(TypeRef type) => KindOf(type) == DeclaredKind.Mapped ? _mappedJsonKinds[Key(type)] : null;

    /// <summary>The mapped type <paramref name="type"/> names, when a schema in use is mapped to it.</summary>
    public TypeUse? MappedType(TypeRef type) =>
        KindOf(type) == DeclaredKind.Mapped && _mappedByTypeName.TryGetValue(Key(type), out var mapped) ? mapped : null;

    public bool TryGetInline(IOpenApiSchema schema, out TypeUse use) => _inlineTypes.TryGetValue(schema, out use!);

    /// <summary>Gives a schema its type and records the type's kind: every later use of the schema gets the same type.</summary>
    public void Declare(IOpenApiSchema schema, TypeUse use, DeclaredKind kind)
    {
        _inlineTypes[schema] = use;
        _kinds[Key(use.Type)] = kind;
    }

    /// <summary>Takes a class's slot, before its properties resolve; <paramref name="componentId"/> names the component it is generated for.</summary>
    public void ReserveClass(TypeRef type, string? componentId)
    {
        _objects.Reserve(Key(type));
        if (componentId is not null)
        {
            _classOfComponent[componentId] = Key(type);
        }
    }

    /// <summary>Fills in, or replaces, a class's model.</summary>
    public void SetClass(ObjectModel model) => _objects.Fill(Key(model.Type), model);

    /// <summary>The generated class <paramref name="type"/> names, or null when there is none or it is still being declared.</summary>
    public ObjectModel? FindClass(TypeRef type) => _objects.Find(Key(type));

    /// <summary>The class generated for component <paramref name="id"/>, or null when there is none or it is still being declared.</summary>
    public ObjectModel? ClassOfComponent(string id) => _classOfComponent.TryGetValue(id, out var fullName) ? _objects.Find(fullName) : null;

    public void ReserveUnion(TypeRef type) => _unions.Reserve(Key(type));

    public void SetUnion(UnionModel model) => _unions.Fill(Key(model.Type), model);

    public void AddEnum(EnumModel model) => _enums.Add(model);

    /// <summary>A named type's namespace and name; every other type has none, so it is never found here.</summary>
    private static string Key(TypeRef type) => type.IsNamed ? type.QualifiedName : string.Empty;
}
