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

    /// <summary>The distinct valid type names every spec's mappings name, in ordinal order.</summary>
    public static EquatableArray<string> Names(ImmutableArray<SpecInput> inputs, CancellationToken cancellationToken) =>
        inputs.SelectMany(input => input.Options.TypeMappings)
            .Select(mapping => MappedTypes.Qualify(mapping.TypeName))
            .Where(name => name is not null)
            .Select(name => name!)
            .Distinct(StringComparer.Ordinal)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToEquatableArray();

    public static EquatableArray<MappedTypeFact> Find((EquatableArray<string> Names, Compilation Compilation) input, CancellationToken cancellationToken)
    {
        var (names, compilation) = input;
        var facts = new List<MappedTypeFact>(names.Count);
        foreach (var name in names)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var symbol = Lookup(compilation, name.Substring("global::".Length));
            facts.Add(new MappedTypeFact(
                name,
                symbol is not null,
                symbol?.IsValueType ?? false,
                symbol is not null && (SerializerTypes.Contains(name.Substring("global::".Length)) || symbol.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == JsonConverterAttribute)),
                symbol is null || IsPublic(symbol)));
        }

        return facts.ToEquatableArray();
    }

    /// <summary>The facts about the types one spec maps to, so a change to another spec's type leaves this spec cached.</summary>
    public static (SpecInput Input, EquatableArray<MappedTypeFact> Facts) ForSpec((SpecInput Input, EquatableArray<MappedTypeFact> Facts) pair, CancellationToken cancellationToken)
    {
        var (input, facts) = pair;
        if (input.Options.TypeMappings.IsEmpty)
        {
            return (input, EquatableArray<MappedTypeFact>.Empty);
        }

        var names = new HashSet<string>(input.Options.TypeMappings.Select(m => MappedTypes.Qualify(m.TypeName)).Where(n => n is not null).Select(n => n!), StringComparer.Ordinal);
        return (input, facts.Where(fact => names.Contains(fact.TypeName)).ToEquatableArray());
    }

    /// <summary>The problems a build would otherwise show only as errors in generated code or at run time.</summary>
    public static EquatableArray<DiagnosticInfo> Problems(EquatableArray<MappedTypeFact> facts) =>
        facts.Where(fact => !fact.IsFound || !fact.HasJsonConverter)
            .Select(fact => DiagnosticInfo.Create(
                DiagnosticDescriptors.MappedTypeUnusable,
                string.Empty,
                SourceSpan.None,
                fact.TypeName.Substring("global::".Length),
                fact.IsFound
                    ? "has no [JsonConverter] attribute and is not a type System.Text.Json converts itself, so the generated JSON context cannot read or write it (NotSupportedException on first use unless the JsonSerializerOptions hold a converter for it); give it one naming a JsonConverter of the type"
                    : "is not declared in the project or its references"))
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
