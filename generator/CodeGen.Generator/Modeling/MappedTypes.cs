using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Input;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>The component schemas of one spec that the project maps to its own types.</summary>
/// <param name="BySchema">Each usable mapping: schema name → the type, <c>global::</c>-qualified, a struct or not.</param>
/// <param name="MissingShared">The schemas of mappings shared by every spec that this spec does not have.</param>
internal sealed record MappedTypes(IReadOnlyDictionary<string, TypeUse> BySchema, EquatableArray<string> MissingShared)
{
    public static readonly MappedTypes None = new(new Dictionary<string, TypeUse>(), EquatableArray<string>.Empty);

    private const string GlobalPrefix = "global::";

    /// <summary>
    /// Checks the spec's mappings against its component schemas. Problems with a mapping restricted to this spec are
    /// reported here; a shared mapping is checked once for the whole project (<see cref="TypeMappingReport"/>).
    /// </summary>
    /// <param name="facts">What the compilation says about the types (a struct is used as one); a type it does not describe is taken for a class.</param>
    public static MappedTypes Resolve(string specPath, EquatableArray<TypeMapping> mappings, EquatableArray<MappedTypeFact> facts, OpenApiDocument? document, List<DiagnosticInfo> diagnostics)
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

            var isStruct = facts.Any(fact => fact.TypeName == qualified && fact.IsValueType);
            bySchema[mapping.Schema] = new TypeUse(qualified, IsValueType: isStruct, IsNullable: false);
        }

        return new MappedTypes(bySchema, missingShared.ToEquatableArray());
    }

    /// <summary>
    /// The type as generated code names it (<c>global::MyApp.Money</c>), or null when it is not a namespace-qualified
    /// name of identifiers: the text goes into generated code, so anything else is refused rather than escaped.
    /// </summary>
    public static string? Qualify(string typeName)
    {
        var name = typeName.StartsWith(GlobalPrefix, StringComparison.Ordinal) ? typeName.Substring(GlobalPrefix.Length) : typeName;
        return name.Length > 0 && name.Length <= 1024 && Identifiers.IsValidNamespace(name) ? GlobalPrefix + name : null;
    }
}
