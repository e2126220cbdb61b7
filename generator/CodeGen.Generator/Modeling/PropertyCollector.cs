using System.Collections.Generic;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Gathers the properties a class gets from its schema and every schema it composes with <c>allOf</c>
/// (<see cref="ComposedProperties"/>), reporting what the walk meets on the way: references leading nowhere, and parts
/// the project maps to its own types, whose properties are still copied from the spec.
/// </summary>
/// <param name="types">Reports a reference that leads nowhere, as every use of one does.</param>
/// <param name="mappedTypes">Component schemas the project maps to its own types.</param>
internal sealed class PropertyCollector
{
    private readonly ModelContext _context;
    private readonly IReadOnlyDictionary<string, TypeUse> _mappedTypes;
    private readonly ComposedProperties _composed;

    public PropertyCollector(ModelContext context, ComponentReferences references, TypeResolver types, IReadOnlyDictionary<string, TypeUse> mappedTypes, ModelBudget budget, CancellationToken cancellationToken)
    {
        _context = context;
        _mappedTypes = mappedTypes;
        _composed = new ComposedProperties(references.TargetOf, (reference, pointer) => types.ResolveReference(reference, pointer), ReportMappedPart, SchemaPointers.Component, budget, cancellationToken);
    }

    /// <summary>The properties of a schema and of everything it composes with <c>allOf</c>, first declaration winning.</summary>
    public IEnumerable<(IOpenApiSchema? Schema, string Pointer, bool Required, string WireName)> Collect(IOpenApiSchema schema, string pointer) =>
        _composed.Of(schema, pointer);

    private void ReportMappedPart(OpenApiSchemaReference reference, string pointer)
    {
        if (reference.Reference.Id is { } partId && _mappedTypes.TryGetValue(partId, out var mapped))
        {
            // The user's type may be sealed, a struct, or shaped otherwise: only the spec says what the part adds.
            _context.ReportAtValue(DiagnosticDescriptors.IgnoredConstruct, SpecPointer.Append(pointer, "$ref"), "The type mapping of schema '" + partId + "' in an allOf", "the composing class copies the schema's properties from the spec rather than deriving from " + mapped.Type.QualifiedName);
        }
    }
}
