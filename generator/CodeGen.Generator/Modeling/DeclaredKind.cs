namespace CodeGen.Generator.Modeling;

/// <summary>What a type name the model uses stands for: it decides how the type's values are read and written.</summary>
internal enum DeclaredKind
{
    Object,
    Enum,
    Union,

    /// <summary>A type of the user's that a mapped schema stands for.</summary>
    Mapped,
}
