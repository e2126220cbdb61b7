using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Input;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>The component schemas of one spec that the project maps to its own types.</summary>
/// <param name="BySchema">Each usable mapping: schema name → the type, a struct or not.</param>
/// <param name="MissingShared">The schemas of mappings shared by every spec that this spec does not have.</param>
internal sealed record MappedTypes(IReadOnlyDictionary<string, TypeUse> BySchema, EquatableArray<string> MissingShared)
{
    public static readonly MappedTypes None = new(new Dictionary<string, TypeUse>(), EquatableArray<string>.Empty);

    // Users may write the name as C# code does, with the alias of the global namespace in front.
    private const string GlobalAliasPrefix = "global::";

    /// <summary>
    /// Checks the spec's mappings against its component schemas. Problems with a mapping restricted to this spec are
    /// reported here; a shared mapping is checked once for the whole project (<see cref="TypeMappingReport"/>).
    /// </summary>
    /// <param name="facts">What the compilation says about the types (a struct is used as one); a type it does not describe is taken for a class.</param>
    /// <param name="isPublicOutput">Whether the generated types are public: a type that is not cannot appear in their signatures.</param>
    public static MappedTypes Resolve(string specPath, EquatableArray<TypeMapping> mappings, EquatableArray<MappedTypeFact> facts, OpenApiDocument? document, bool isPublicOutput, List<DiagnosticInfo> diagnostics)
    {
        if (mappings.IsEmpty || document is null)
        {
            return None;
        }

        var schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var bySchema = new Dictionary<string, TypeUse>(StringComparer.Ordinal);
        var missingShared = new List<string>();
        foreach (var mapping in mappings)
        {
            var qualified = Qualify(mapping.TypeName);
            if (qualified is null)
            {
                if (!mapping.IsShared)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMappedType, specPath, SourceSpan.None, mapping.Schema, mapping.TypeName));
                }

                continue;
            }

            if (!schemas.ContainsKey(mapping.Schema))
            {
                if (mapping.IsShared)
                {
                    missingShared.Add(mapping.Schema);
                }
                else
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.TypeMappingUnused, specPath, SourceSpan.None, mapping.Schema, mapping.TypeName, "the spec has no schema '" + mapping.Schema + "' under components/schemas"));
                }

                continue;
            }

            var fact = facts.FirstOrDefault(f => f.TypeName == qualified);
            if (isPublicOutput && fact is { IsFound: true, IsPublic: false })
            {
                // Public members of the generated types would expose it: CS0050-CS0053 in generated files otherwise.
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.MappedTypeUnusable,
                    specPath,
                    SourceSpan.None,
                    mapping.TypeName,
                    "for schema '" + mapping.Schema + "' of " + System.IO.Path.GetFileName(specPath) + " is not public, and the types generated from that spec are: set Accessibility=\"internal\" on the OpenApiSpec item or make the type public; the schema is generated as if it were not mapped"));
                continue;
            }

            bySchema[mapping.Schema] = new TypeUse(TypeRef.Mapped(qualified, isValueType: fact?.IsValueType ?? false));
        }

        return new MappedTypes(bySchema, missingShared.ToEquatableArray());
    }

    /// <summary>
    /// The type's namespace and name (<c>MyApp.Money</c>), or null when it is not a namespace-qualified name of
    /// identifiers: the name goes into generated code, so anything else is refused rather than escaped.
    /// </summary>
    public static string? Qualify(string typeName)
    {
        var name = typeName.StartsWith(GlobalAliasPrefix, StringComparison.Ordinal) ? typeName.Substring(GlobalAliasPrefix.Length) : typeName;
        // C# ignores format characters in identifiers (a right-to-left override among them), so the name a
        // reader sees could differ from the type the code uses.
        return name.Length > 0 && name.Length <= 1024 && !name.Any(c => char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format) && Identifiers.IsValidNamespace(name)
            ? name
            : null;
    }
}
