using System;
using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>The spec's component schemas, and where each <c>$ref</c> to them leads.</summary>
internal sealed class ComponentReferences(ModelContext context, IDictionary<string, IOpenApiSchema>? components)
{
    private readonly Dictionary<IOpenApiSchema, IOpenApiSchema?> _targets = new(SchemaIdentity.Instance);

    /// <summary>The component schemas by name; only those the generated code may reach when operations are selected.</summary>
    public IDictionary<string, IOpenApiSchema> Schemas { get; } = components ?? new Dictionary<string, IOpenApiSchema>();

    /// <summary>
    /// The schema a reference points at, or null when it points nowhere. The OpenAPI library resolves the reference again
    /// on every read, which made walking an allOf chain from each of its classes cost seconds; one lookup per reference suffices.
    /// </summary>
    public IOpenApiSchema? TargetOf(OpenApiSchemaReference reference)
    {
        if (!_targets.TryGetValue(reference, out var target))
        {
            target = reference.UnresolvedReference ? null : reference.Target;
            _targets[reference] = target;
        }

        return target;
    }

    /// <summary>
    /// The component a reference at <paramref name="pointer"/> names, or null, reported as OAPI004, when it leads to no
    /// component schema: the use is then generated as <c>JsonElement</c>.
    /// </summary>
    public string? ComponentOf(OpenApiSchemaReference reference, string pointer)
    {
        var id = reference.Reference?.Id;
        if (TargetOf(reference) is null || id is null || !Schemas.ContainsKey(id))
        {
            var text = reference.Reference?.ReferenceV3 ?? id ?? "(unknown)";
            // Other files are not read: a generator may only see what the compilation hands it.
            var reason = text.StartsWith("#", StringComparison.Ordinal) ? string.Empty : " (it points into another file; only references within the spec are followed)";

            context.ReportAtValue(DiagnosticDescriptors.UnresolvedReference, SpecPointer.Append(pointer, "$ref"), text, reason, "'" + SchemaPointers.LastSegment(pointer) + "' is generated as JsonElement");
            return null;
        }

        return id;
    }
}
