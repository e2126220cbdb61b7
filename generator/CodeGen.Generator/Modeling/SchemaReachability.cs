using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>The component schemas a set of operations needs: those their parameters, bodies and responses reach.</summary>
/// <remarks>
/// Followed through properties, items, additionalProperties, allOf/oneOf/anyOf and discriminator mappings, with a
/// work list rather than recursion: a hostile spec can chain schemas thousands deep, and a stack overflow would end
/// the user's build. A component with a discriminator also reaches the components that extend it through allOf
/// without being listed in a mapping, since the payloads the API sends for the base may be any of them.
/// </remarks>
internal sealed class SchemaReachability
{
    private readonly IDictionary<string, IOpenApiSchema> _components;
    private readonly HashSet<string> _reached = new(StringComparer.Ordinal);
    private readonly HashSet<IOpenApiSchema> _visited = new(SchemaIdentity.Instance);
    private readonly Stack<IOpenApiSchema> _pending = new();
    private readonly HashSet<string> _polymorphic = new(StringComparer.Ordinal);
    private readonly Stack<string> _pendingBases = new();
    private readonly System.Threading.CancellationToken _cancellationToken;
    private Dictionary<string, List<string>>? _extenders;

    public SchemaReachability(IDictionary<string, IOpenApiSchema>? components, System.Threading.CancellationToken cancellationToken)
    {
        _components = components ?? new Dictionary<string, IOpenApiSchema>();
        _cancellationToken = cancellationToken;
    }

    /// <summary>The component schemas reached so far, keyed as in the document.</summary>
    public IDictionary<string, IOpenApiSchema> ReachedComponents() =>
        _components.Where(pair => _reached.Contains(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    /// <summary>Adds what one operation uses, with the parameters its path item declares for every operation.</summary>
    public void AddOperation(OpenApiOperation operation, IEnumerable<IOpenApiParameter>? pathItemParameters)
    {
        AddUses(operation, pathItemParameters);

        // Callbacks are requests the API sends back; their payloads are the caller's to read. Their own callbacks
        // are not followed: a callback of a callback describes nothing a client receives.
        foreach (var callback in operation.Callbacks?.Values ?? Enumerable.Empty<IOpenApiCallback>())
        {
            foreach (var pathItem in callback?.PathItems?.Values ?? Enumerable.Empty<IOpenApiPathItem>())
            {
                foreach (var callbackOperation in pathItem?.Operations?.Values ?? Enumerable.Empty<OpenApiOperation>())
                {
                    AddUses(callbackOperation, pathItem!.Parameters);
                }
            }
        }

        Drain();
    }

    private void AddUses(OpenApiOperation operation, IEnumerable<IOpenApiParameter>? pathItemParameters)
    {
        foreach (var parameter in (operation.Parameters ?? Enumerable.Empty<IOpenApiParameter>()).Concat(pathItemParameters ?? Enumerable.Empty<IOpenApiParameter>()))
        {
            var target = parameter is null ? null : ReferenceTargets.Of(parameter);
            Push(target?.Schema);
            AddContent(target?.Content);
        }

        AddContent(operation.RequestBody?.Content);
        foreach (var response in operation.Responses?.Values ?? Enumerable.Empty<IOpenApiResponse>())
        {
            AddContent(response?.Content);
        }
    }

    private void AddContent(IDictionary<string, IOpenApiMediaType>? content)
    {
        foreach (var media in content?.Values ?? Enumerable.Empty<IOpenApiMediaType>())
        {
            Push(media?.Schema);
        }
    }

    private void Drain()
    {
        while (_pending.Count > 0 || _pendingBases.Count > 0)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_pending.Count == 0)
            {
                // Extenders of extenders too: Lion extends Cat extends Pet, and only Pet names the discriminator.
                foreach (var extender in ExtendersOf(_pendingBases.Pop()))
                {
                    Reach(extender);
                    MarkPolymorphic(extender);
                }

                continue;
            }

            var schema = _pending.Pop();
            if (schema is OpenApiSchemaReference reference)
            {
                // A reference's other members read through to its target; the component is followed by its id instead.
                Reach(reference.Reference?.Id);
                continue;
            }

            foreach (var property in schema.Properties?.Values ?? Enumerable.Empty<IOpenApiSchema>())
            {
                Push(property);
            }

            Push(schema.Items);
            Push(schema.AdditionalProperties);
            PushAll(schema.AllOf);
            PushAll(schema.OneOf);
            PushAll(schema.AnyOf);
            foreach (var mapped in schema.Discriminator?.Mapping?.Values ?? Enumerable.Empty<OpenApiSchemaReference>())
            {
                Reach(mapped?.Reference?.Id);
            }
        }
    }

    private void Reach(string? id)
    {
        if (id is null || !_components.TryGetValue(id, out var schema) || !_reached.Add(id))
        {
            return;
        }

        Push(schema);
        if (schema is not OpenApiSchemaReference && schema.Discriminator is not null)
        {
            MarkPolymorphic(id);
        }
    }

    private void MarkPolymorphic(string id)
    {
        if (_polymorphic.Add(id))
        {
            _pendingBases.Push(id);
        }
    }

    private IEnumerable<string> ExtendersOf(string id)
    {
        // Built once, on the first discriminator met: a reverse index of allOf references between components.
        if (_extenders is null)
        {
            _extenders = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            foreach (var component in _components.Where(pair => pair.Value is not OpenApiSchemaReference))
            {
                foreach (var part in (component.Value.AllOf ?? new List<IOpenApiSchema>()).OfType<OpenApiSchemaReference>())
                {
                    if (part.Reference?.Id is { } baseId)
                    {
                        if (!_extenders.TryGetValue(baseId, out var list))
                        {
                            _extenders[baseId] = list = new List<string>();
                        }

                        list.Add(component.Key);
                    }
                }
            }
        }

        return _extenders.TryGetValue(id, out var extenders) ? extenders : Enumerable.Empty<string>();
    }

    private void PushAll(IList<IOpenApiSchema>? schemas)
    {
        foreach (var schema in schemas ?? Enumerable.Empty<IOpenApiSchema>())
        {
            Push(schema);
        }
    }

    private void Push(IOpenApiSchema? schema)
    {
        if (schema is not null && _visited.Add(schema))
        {
            _pending.Push(schema);
        }
    }
}
