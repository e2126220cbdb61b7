using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Diagnostics;

/// <summary>Every diagnostic the generator reports; IDs are stable and listed in AnalyzerReleases.*.md.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "OpenApiGenerator";

    public static readonly DiagnosticDescriptor InvalidSyntax = Create(
        "OAPI001",
        "The spec is not valid YAML or JSON",
        "The spec could not be parsed: {0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidDocument = Create(
        "OAPI002",
        "The spec is not a valid OpenAPI document",
        "{0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DocumentWarning = Create(
        "OAPI003",
        "The OpenAPI reader reported a problem",
        "{0}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnresolvedReference = Create(
        "OAPI004",
        "A $ref cannot be resolved",
        "The reference '{0}' cannot be resolved{1}; {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor NameCollision = Create(
        "OAPI005",
        "Two names map to the same C# identifier",
        "{0} '{1}' maps to the C# name '{2}', which is already taken; it is generated as '{3}'",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnsupportedConstruct = Create(
        "OAPI006",
        "An OpenAPI construct is not supported",
        "{0} is not supported; '{1}' is generated as {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor GeneratorFailure = Create(
        "OAPI007",
        "The generator failed on this spec",
        "The generator failed while processing this spec ({0}: {1}); please report this with the spec",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor InvalidMetadata = Create(
        "OAPI008",
        "OpenApiSpec item metadata is invalid",
        "The {0} metadata '{1}' is not a valid C# {2}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor DuplicateClient = Create(
        "OAPI009",
        "Two specs generate the same type",
        "This spec generates '{0}', which the spec '{1}' already generates; set a different Namespace (or ClassName) on one of the OpenApiSpec items",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor IgnoredConstruct = Create(
        "OAPI010",
        "An OpenAPI construct is ignored",
        "{0} is ignored: {1}",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UndeclaredPathParameter = Create(
        "OAPI011",
        "A path template variable has no parameter",
        "The path has '{{{0}}}' but the operation declares no path parameter '{0}'; it is generated as a required string argument",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidPaging = Create(
        "OAPI012",
        "x-codegen-paging cannot be used",
        "x-codegen-paging is ignored: {0}; only the single-page method is generated",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ValueOutOfRange = Create(
        "OAPI013",
        "A keyword's value cannot be used",
        "'{0}' is {1}; it is ignored",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor ReferenceCycle = Create(
        "OAPI014",
        "A $ref leads back to itself",
        "The reference '{0}' leads through references back to itself, so it names nothing; it is read as an empty object",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor LimitReached = Create(
        "OAPI015",
        "The spec exceeds a limit of the generator",
        "{0}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor TemplateError = Create(
        "OAPI020",
        "A template cannot be rendered",
        "The template '{0}' cannot be rendered: {1}",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor FilterMatchesNothing = Create(
        "OAPI030",
        "A selection filter matches no operation",
        "The OpenApiSpec metadata '{0}' has entries that match no operation of the spec: '{1}'",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor NothingSelected = Create(
        "OAPI031",
        "The selection keeps no operation",
        "The OpenApiSpec selection metadata keep no operation of the spec; the client has no methods and no models are generated",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnknownClients = Create(
        "OAPI032",
        "The Clients metadata has an unknown value",
        "The OpenApiSpec metadata Clients='{0}' is not 'PerTag'; one client is generated for the spec",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor TypeMappingUnused = Create(
        "OAPI033",
        "A type mapping matches nothing",
        "The type mapping of schema '{0}' to '{1}' is not used: {2}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor InvalidMappedType = Create(
        "OAPI034",
        "A type mapping names no valid C# type",
        "The type mapping of schema '{0}' names '{1}', which is not a namespace-qualified C# type name such as MyApp.Money; the schema is generated as if it were not mapped",
        DiagnosticSeverity.Error);

    public static readonly DiagnosticDescriptor MappedTypeUnusable = Create(
        "OAPI035",
        "A mapped type cannot be used",
        "The type '{0}' that a type mapping names {1}",
        DiagnosticSeverity.Warning);

    public static readonly DiagnosticDescriptor UnusedSchemasLeftOut = Create(
        "OAPI036",
        "Component schemas no operation uses are not generated",
        "{0} component schema(s) that no generated operation uses are not generated, '{1}' among them{2}; set KeepUnusedSchemas=\"true\" on the OpenApiSpec item to generate every schema",
        DiagnosticSeverity.Info);

    public static readonly DiagnosticDescriptor UndeclaredSecurityScheme = Create(
        "OAPI040",
        "A security requirement names an undeclared scheme",
        "The security requirement names '{0}', which the spec's security schemes do not declare; no registration method sends it, so this alternative is chosen only when a handler for '{0}' is added by hand",
        DiagnosticSeverity.Warning);

    private static DiagnosticDescriptor Create(string id, string title, string message, DiagnosticSeverity severity) =>
        new(id, title, message, Category, severity, isEnabledByDefault: true);
}
