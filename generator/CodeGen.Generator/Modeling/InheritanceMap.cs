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
        var ids = components.Keys.Where(isClass).OrderBy(id => id, StringComparer.Ordinal).ToList();
        var partsOf = ids.ToDictionary(
            id => id,
            id => (components[id].AllOf ?? Array.Empty<IOpenApiSchema>())
                .OfType<OpenApiSchemaReference>()
                .Select(part => part.Reference?.Id)
                .Where(candidate => candidate is not null && components.ContainsKey(candidate) && isClass(candidate))
                .Select(candidate => candidate!)
                .ToList(),
            StringComparer.Ordinal);

        // A base has a discriminator or derives from one that has (Lion extends Cat extends Pet). Found by spreading
        // outwards from the schemas with a discriminator, not by recursion: allOf chains can be thousands long.
        var owners = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            foreach (var part in partsOf[id])
            {
                if (!owners.TryGetValue(part, out var list))
                {
                    owners[part] = list = new List<string>();
                }

                list.Add(id);
            }
        }

        var qualifies = new HashSet<string>(ids.Where(id => DiscriminatorOf(id) is not null), StringComparer.Ordinal);
        var spreading = new Queue<string>(qualifies);
        while (spreading.Count > 0)
        {
            foreach (var owner in owners.TryGetValue(spreading.Dequeue(), out var list) ? list : new List<string>())
            {
                if (qualifies.Add(owner))
                {
                    spreading.Enqueue(owner);
                }
            }
        }

        // Only the first part that qualifies is the base; further parts are mixins, flattened in.
        foreach (var id in ids)
        {
            if (partsOf[id].FirstOrDefault(qualifies.Contains) is { } baseId)
            {
                _baseOf[id] = baseId;
            }
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
