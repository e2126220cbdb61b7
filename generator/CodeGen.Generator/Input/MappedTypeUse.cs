namespace CodeGen.Generator.Input;

/// <summary>A spec that maps a schema to a type: what a report on the type names so the user can find the mapping.</summary>
/// <param name="TypeName">The type's namespace and name, dot-separated.</param>
/// <param name="Schema">The mapped schema.</param>
/// <param name="SpecFile">The spec's file name.</param>
internal sealed record MappedTypeUse(string TypeName, string Schema, string SpecFile);
