namespace CodeGen.Generator.Input;

/// <summary>A component schema mapped to a type the user already has: every use of the schema names that type and no type is generated for it.</summary>
/// <param name="Schema">The component schema's name under <c>components/schemas</c>.</param>
/// <param name="TypeName">The type as written in the project (<c>MyApp.Money</c>), not yet checked.</param>
/// <param name="IsShared">Whether the mapping applies to every spec of the project (an <c>OpenApiTypeMapping</c> item without <c>Spec</c>).</param>
internal sealed record TypeMapping(string Schema, string TypeName, bool IsShared);
