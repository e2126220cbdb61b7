using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Which component schemas extend another through <c>allOf</c> where that other one has a <c>discriminator</c>:
/// those become derived classes, read through the base by the discriminator's value.
/// </summary>
internal sealed class InheritanceMap
{
    private readonly IDictionary<string, IOpenApiSchema> _components;
    private readonly Dictionary<string, string> _baseOf = new(StringComparer.Ordinal);

    /// <param name="components">The spec's component schemas.</param>
    /// <param name="isClass">Whether a component becomes a generated class (not an enum, union or alias).</param>
    public InheritanceMap(IDictionary<string, IOpenApiSchema> components, Func<string, bool> isClass)
    {
        _components = components;
        var decided = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var id in components.Keys.OrderBy(id => id, StringComparer.Ordinal))
        {
            if (Decide(id, new HashSet<string>(StringComparer.Ordinal)) is { } baseId)
            {
                _baseOf[id] = baseId;
            }
        }

        // A base has a discriminator or derives from one that has (Lion extends Cat extends Pet).
        string? Decide(string id, HashSet<string> visiting)
        {
            if (decided.TryGetValue(id, out var known))
            {
                return known;
            }

            if (!visiting.Add(id) || !isClass(id))
            {
                return null;
            }

            // Only the first part that qualifies is the base; further parts are mixins, flattened in.
            var baseId = (components[id].AllOf ?? Array.Empty<IOpenApiSchema>())
                .OfType<OpenApiSchemaReference>()
                .Select(part => part.Reference?.Id)
                .FirstOrDefault(candidate => candidate is not null && components.ContainsKey(candidate) && isClass(candidate) &&
                    (DiscriminatorOf(candidate) is not null || Decide(candidate, visiting) is not null));
            return decided[id] = baseId;
        }
    }

    /// <summary>The component <paramref name="id"/> extends, if any.</summary>
    public string? BaseOf(string id) => _baseOf.TryGetValue(id, out var baseId) ? baseId : null;

    /// <summary>The nearest component above <paramref name="id"/> that has a discriminator.</summary>
    public string? DiscriminatingAncestorOf(string id)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var current = BaseOf(id); current is not null && visited.Add(current); current = BaseOf(current))
        {
            if (DiscriminatorOf(current) is not null)
            {
                return current;
            }
        }

        return null;
    }

    /// <summary>The JSON name of the discriminator property of component <paramref name="id"/>, if it has one.</summary>
    public string? DiscriminatorOf(string id) =>
        _components.TryGetValue(id, out var schema) && schema.Discriminator?.PropertyName is { Length: > 0 } name ? name : null;

    /// <summary>
    /// The discriminator values of <paramref name="baseId"/> that stand for <paramref name="derivedId"/>: those its
    /// <c>mapping</c> points at the derived schema, or else the derived schema's name, as OpenAPI specifies.
    /// </summary>
    public IReadOnlyList<string> ValuesFor(string baseId, string derivedId)
    {
        var mapping = _components.TryGetValue(baseId, out var schema) ? schema.Discriminator?.Mapping : null;
        var values = (mapping ?? new Dictionary<string, OpenApiSchemaReference>())
            .Where(pair => pair.Value?.Reference?.Id == derivedId)
            .Select(pair => pair.Key)
            .ToList();
        return values.Count > 0 ? values : new[] { derivedId };
    }
}
