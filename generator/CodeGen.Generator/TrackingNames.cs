namespace CodeGen.Generator;

/// <summary>Names of the pipeline's steps, so tests can find them in the driver's run results.</summary>
public static class TrackingNames
{
    /// <summary>Each <c>OpenApiSpec</c> item's text and options.</summary>
    public const string SpecInputs = nameof(SpecInputs);

    /// <summary>Every spec's mappings: the types to look up, with the schemas and spec files that name them.</summary>
    public const string MappedTypeNames = nameof(MappedTypeNames);

    /// <summary>What the compilation says about those types (found, struct, converter, public) and the problems to report.</summary>
    public const string MappedTypeFacts = nameof(MappedTypeFacts);

    /// <summary>Each spec with the facts about the types it maps to.</summary>
    public const string ModelInputs = nameof(ModelInputs);

    /// <summary>Each spec read and turned into its model and diagnostics.</summary>
    public const string Models = nameof(Models);

    /// <summary>Each spec's model and emit settings without its diagnostics: what every emit step starts from.</summary>
    public const string EmitInputs = nameof(EmitInputs);

    /// <summary>Each spec's read and model diagnostics, reported by their own output.</summary>
    public const string SpecDiagnostics = nameof(SpecDiagnostics);

    /// <summary>Each spec's part in the project-wide mapping report: modelled or not, and the shared schemas it lacks.</summary>
    public const string MappedSchemaCoverage = nameof(MappedSchemaCoverage);

    /// <summary>Each <c>OpenApiTemplate</c> item: a user's template override.</summary>
    public const string TemplateFiles = nameof(TemplateFiles);

    /// <summary>Each spec paired with the template overrides of its folder.</summary>
    public const string TemplateSets = nameof(TemplateSets);

    /// <summary>The types that more than one spec would generate.</summary>
    public const string TypeConflicts = nameof(TypeConflicts);

    /// <summary>What the compilation references that generated code may use (<c>IHttpClientFactory</c> registration).</summary>
    public const string Capabilities = nameof(Capabilities);

    /// <summary>The project's <c>OpenApiTypeMapping</c> items.</summary>
    public const string TypeMappings = nameof(TypeMappings);

    /// <summary>The problems of those items that no one spec can judge.</summary>
    public const string TypeMappingReport = nameof(TypeMappingReport);

    /// <summary>Each spec's generated files.</summary>
    public const string Sources = nameof(Sources);
}
