namespace CodeGen.Generator.Input;

/// <summary>What the compilation says about a type a mapping names: reduced to flags at once, so no symbol is cached.</summary>
/// <param name="TypeName">The type's namespace and name, dot-separated.</param>
/// <param name="IsFound">Whether the compilation or one of its references declares it.</param>
/// <param name="IsValueType">Whether it is a struct: an optional use is then <c>Nullable&lt;T&gt;</c>.</param>
/// <param name="HasJsonConverter">Whether the generated JSON context can read it: System.Text.Json converts it itself, or it carries a <c>[JsonConverter]</c> attribute.</param>
/// <param name="IsPublic">Whether it and every type containing it are public: public generated types can then use it.</param>
internal sealed record MappedTypeFact(string TypeName, bool IsFound, bool IsValueType, bool HasJsonConverter, bool IsPublic = true);
