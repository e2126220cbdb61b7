using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Input;

/// <summary>What the compilation says about every mapped type, and the problems to report once for the project.</summary>
/// <param name="Problems">Types the generated code cannot use, and a failure of the lookup itself.</param>
internal sealed record MappedTypeLookup(EquatableArray<MappedTypeFact> Facts, EquatableArray<DiagnosticInfo> Problems)
{
    public static readonly MappedTypeLookup None = new(EquatableArray<MappedTypeFact>.Empty, EquatableArray<DiagnosticInfo>.Empty);
}
