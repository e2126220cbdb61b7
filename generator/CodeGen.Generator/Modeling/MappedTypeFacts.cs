using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Input;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Looks up the types the specs' mappings name. Runs on every compilation, so it does little: a few lookups by
/// name, and nothing at all in a project without mappings; its equatable result keeps every later step cached.
/// </summary>
internal static class MappedTypeFacts
{
    private const string JsonConverterAttribute = "System.Text.Json.Serialization.JsonConverterAttribute";

    // The types System.Text.Json converts itself without reflection; the runtime's MappedType uses the same list.
    private static readonly HashSet<string> SerializerTypes = new(StringComparer.Ordinal)
    {
        "System.Boolean", "System.Byte", "System.Byte[]", "System.Char", "System.DateTime", "System.DateTimeOffset", "System.DateOnly",
        "System.TimeOnly", "System.TimeSpan", "System.Decimal", "System.Double", "System.Single", "System.Half", "System.Guid",
        "System.Int16", "System.Int32", "System.Int64", "System.Int128", "System.SByte", "System.UInt16", "System.UInt32", "System.UInt64",
        "System.UInt128", "System.String", "System.Uri", "System.Version", "System.Text.Json.JsonElement", "System.Text.Json.JsonDocument",
        "System.Text.Json.Nodes.JsonNode", "System.Text.Json.Nodes.JsonObject", "System.Text.Json.Nodes.JsonArray", "System.Text.Json.Nodes.JsonValue",
    };

    /// <summary>Every valid mapping of every spec, in ordinal order: the types to look up and where each is named.</summary>
    public static EquatableArray<MappedTypeUse> Uses(ImmutableArray<SpecInput> inputs, CancellationToken cancellationToken) =>
        inputs.SelectMany(input => input.Options.TypeMappings.Select(mapping => (Name: MappedTypes.Qualify(mapping.TypeName), mapping.Schema, File: System.IO.Path.GetFileName(input.Path))))
            .Where(use => use.Name is not null)
            .Select(use => new MappedTypeUse(use.Name!, use.Schema, use.File))
            .Distinct()
            .OrderBy(use => use.TypeName, StringComparer.Ordinal)
            .ThenBy(use => use.Schema, StringComparer.Ordinal)
            .ThenBy(use => use.SpecFile, StringComparer.Ordinal)
            .ToEquatableArray();

    /// <summary>Looks the types up in the compilation; a failure is reported, never taken for "every type is a class".</summary>
    public static MappedTypeLookup Find((EquatableArray<MappedTypeUse> Uses, Compilation Compilation) input, CancellationToken cancellationToken) =>
        input.Uses.IsEmpty ? MappedTypeLookup.None : Find(input.Uses, name => Lookup(input.Compilation, name), cancellationToken);

    /// <param name="findType">Finds a type by its metadata-style name (dots only), or returns null.</param>
    public static MappedTypeLookup Find(EquatableArray<MappedTypeUse> uses, Func<string, INamedTypeSymbol?> findType, CancellationToken cancellationToken) =>
        Guard.Run(
            string.Empty,
            cancellationToken,
            () =>
            {
                var facts = new List<MappedTypeFact>();
                foreach (var name in uses.Select(use => use.TypeName).Distinct(StringComparer.Ordinal))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var symbol = findType(name);
                    facts.Add(new MappedTypeFact(
                        name,
                        symbol is not null,
                        symbol?.IsValueType ?? false,
                        symbol is not null && (SerializerTypes.Contains(name) || symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == JsonConverterAttribute)),
                        symbol is null || IsPublic(symbol)));
                }

                return new MappedTypeLookup(facts.ToEquatableArray(), Problems(facts, uses));
            },
            failure => new MappedTypeLookup(EquatableArray<MappedTypeFact>.Empty, failure));

    /// <summary>The facts about the types one spec maps to, so a change to another spec's type leaves this spec cached.</summary>
    public static (SpecInput Input, EquatableArray<MappedTypeFact> Facts) ForSpec((SpecInput Input, MappedTypeLookup Lookup) pair, CancellationToken cancellationToken)
    {
        var (input, lookup) = pair;
        if (input.Options.TypeMappings.IsEmpty)
        {
            return (input, EquatableArray<MappedTypeFact>.Empty);
        }

        var names = new HashSet<string>(input.Options.TypeMappings.Select(m => MappedTypes.Qualify(m.TypeName)).Where(n => n is not null).Select(n => n!), StringComparer.Ordinal);
        return (input, lookup.Facts.Where(fact => names.Contains(fact.TypeName)).ToEquatableArray());
    }

    /// <summary>The problems a build would otherwise show only as errors in generated code or at run time, each naming the mappings that name the type.</summary>
    private static EquatableArray<DiagnosticInfo> Problems(List<MappedTypeFact> facts, EquatableArray<MappedTypeUse> uses) =>
        facts.Where(fact => !fact.IsFound || !fact.HasJsonConverter)
            .Select(fact => DiagnosticInfo.Create(
                DiagnosticDescriptors.MappedTypeUnusable,
                string.Empty,
                SourceSpan.None,
                fact.TypeName,
                (fact.IsFound
                    ? "has no [JsonConverter] attribute and is not a type System.Text.Json converts itself, so the generated JSON context cannot read or write it (NotSupportedException on first use unless the JsonSerializerOptions hold a converter for it); give it one naming a JsonConverter of the type"
                    : "is not declared in the project or its references")
                + " (it stands for " + string.Join(", ", uses.Where(use => use.TypeName == fact.TypeName).GroupBy(use => use.Schema).Select(group => "schema '" + group.Key + "' of " + string.Join(", ", group.Select(use => use.SpecFile)))) + ")"))
            .ToEquatableArray();

    private static bool IsPublic(INamedTypeSymbol symbol)
    {
        for (INamedTypeSymbol? type = symbol; type is not null; type = type.ContainingType)
        {
            if (type.DeclaredAccessibility != Accessibility.Public)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A nested type's metadata name separates it from its containing type with '+': each dot from the right may be one.</summary>
    private static INamedTypeSymbol? Lookup(Compilation compilation, string name)
    {
        var candidate = name;
        for (var attempt = 0; attempt < 8; attempt++)
        {
            if (compilation.GetTypeByMetadataName(candidate) is { } symbol)
            {
                return symbol;
            }

            var dot = candidate.LastIndexOf('.');
            if (dot < 0)
            {
                return null;
            }

            candidate = candidate.Substring(0, dot) + "+" + candidate.Substring(dot + 1);
        }

        return null;
    }
}
