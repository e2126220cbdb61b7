namespace CodeGen.Generator.Modeling;

/// <summary>A C# type as a property, parameter or body uses it.</summary>
/// <param name="TypeName">Fully qualified, without a nullable annotation.</param>
/// <param name="IsValueType">Whether a nullable use needs <c>Nullable&lt;T&gt;</c>.</param>
/// <param name="IsNullable">Whether the schema itself allows <c>null</c>.</param>
/// <param name="IsCollection">Whether it is a <c>List&lt;T&gt;</c>.</param>
internal sealed record TypeUse(string TypeName, bool IsValueType, bool IsNullable, bool IsCollection = false)
{
    public TypeUse AsNullable() => this with { IsNullable = true };

    /// <summary>The declared type: <c>T?</c> when the value may be absent.</summary>
    public string Declare(bool optional) => IsNullable || optional ? TypeName + "?" : TypeName;

    /// <summary>The type whose JSON metadata serializes the declared type.</summary>
    public string JsonType(bool optional) => IsValueType && (IsNullable || optional) ? TypeName + "?" : TypeName;
}
