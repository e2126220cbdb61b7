using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Gathers the properties a class gets from its schema and every schema it composes with <c>allOf</c>, walking the
/// parts with an explicit stack and remembering each class's closure, so a part reached again is not walked again.
/// </summary>
/// <param name="types">Reports a reference that leads nowhere, as every use of one does.</param>
/// <param name="mappedTypes">Component schemas the project maps to its own types.</param>
internal sealed class PropertyCollector(
    ModelContext context,
    ComponentReferences references,
    TypeResolver types,
    IReadOnlyDictionary<string, TypeUse> mappedTypes,
    CancellationToken cancellationToken)
{
    private readonly Dictionary<IOpenApiSchema, (List<(IOpenApiSchema?, string, string)> Properties, HashSet<string> Required)> _composedProperties = new(SchemaIdentity.Instance);

    /// <summary>The properties of a schema and of everything it composes with <c>allOf</c>, first declaration winning.</summary>
    public IEnumerable<(IOpenApiSchema? Schema, string Pointer, bool Required, string WireName)> Collect(IOpenApiSchema schema, string pointer)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var required = new HashSet<string>(StringComparer.Ordinal);
        var collected = new List<(IOpenApiSchema?, string, string)>();
        var visited = new HashSet<IOpenApiSchema>(SchemaIdentity.Instance);
        var open = new HashSet<IOpenApiSchema>(SchemaIdentity.Instance);
        var cyclic = false;
        IOpenApiSchema? root = null;

        // Parts before the schema's own properties, depth first; an explicit stack, as allOf chains can be long.
        var pending = new Stack<(IOpenApiSchema Schema, string Pointer, bool PartsDone)>();
        pending.Push((schema, pointer, false));
        while (pending.Count > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (current, currentPointer, partsDone) = pending.Pop();
            if (partsDone)
            {
                open.Remove(current);
                required.UnionWith(current.Required ?? new HashSet<string>());
                foreach (var property in current.Properties ?? new Dictionary<string, IOpenApiSchema>())
                {
                    if (seen.Add(property.Key))
                    {
                        collected.Add((property.Value, SpecPointer.Append(SpecPointer.Append(currentPointer, "properties"), property.Key), property.Key));
                    }
                }

                continue;
            }

            if (current is OpenApiSchemaReference reference)
            {
                if (references.TargetOf(reference) is not { } target)
                {
                    types.ResolveReference(reference, currentPointer);
                    continue;
                }

                if (!ReferenceEquals(current, schema) && reference.Reference.Id is { } partId && mappedTypes.TryGetValue(partId, out var mapped))
                {
                    // The user's type may be sealed, a struct, or shaped otherwise: only the spec says what the part adds.
                    context.ReportAtValue(DiagnosticDescriptors.IgnoredConstruct, SpecPointer.Append(currentPointer, "$ref"), "The type mapping of schema '" + partId + "' in an allOf", "the composing class copies the schema's properties from the spec rather than deriving from " + mapped.TypeName.Substring("global::".Length));
                }

                currentPointer = SchemaPointers.Component(reference.Reference.Id ?? string.Empty);
                current = target;
            }

            root ??= current;
            if (!visited.Add(current))
            {
                // Reaching a part still being walked is a cycle: its order depends on where the walk entered it.
                cyclic |= open.Contains(current);
                continue;
            }

            if (!ReferenceEquals(current, root) && _composedProperties.TryGetValue(current, out var known))
            {
                // A part already collected for its own class brings its whole closure at once: walking it again from every
                // class below it made allOf chains cost the square of their length. Without cycles the order is the same.
                required.UnionWith(known.Required);
                foreach (var item in known.Properties)
                {
                    if (seen.Add(item.Item3))
                    {
                        collected.Add(item);
                    }
                }

                continue;
            }

            open.Add(current);
            pending.Push((current, currentPointer, true));
            var parts = current.AllOf ?? new List<IOpenApiSchema>();
            for (var index = parts.Count - 1; index >= 0; index--)
            {
                pending.Push((parts[index], SpecPointer.Append(SpecPointer.Append(currentPointer, "allOf"), index), false));
            }
        }

        if (!cyclic && root is not null)
        {
            _composedProperties[root] = (collected, required);
        }

        return collected.Select(item => (item.Item1, item.Item2, required.Contains(item.Item3), item.Item3));
    }
}
