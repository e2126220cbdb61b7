using CodeGen.Generator.Model;

namespace CodeGen.Generator.Modeling;

/// <summary>A type as a property, parameter or body uses it.</summary>
/// <param name="Type">The type; its nullability is whether the schema itself allows <c>null</c>.</param>
internal sealed record TypeUse(TypeRef Type)
{
    /// <summary>Whether a nullable use needs <c>Nullable&lt;T&gt;</c>.</summary>
    public bool IsValueType => Type.IsValueType;

    /// <summary>Whether the schema itself allows <c>null</c>.</summary>
    public bool IsNullable => Type.IsNullable;

    /// <summary>Whether it is a list.</summary>
    public bool IsCollection => Type.IsList;

    public TypeUse AsNullable() => WithNullable(true);

    public TypeUse WithNullable(bool nullable) => nullable == IsNullable ? this : new TypeUse(Type.WithNullable(nullable));

    /// <summary>The declared type: nullable when the value may be absent.</summary>
    public TypeRef Declared(bool optional) => Type.WithNullable(IsNullable || optional);
}
