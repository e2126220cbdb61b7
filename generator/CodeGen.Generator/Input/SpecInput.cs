using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Input;

/// <summary>One <c>OpenApiSpec</c> item: its path, text and the options its MSBuild metadata sets.</summary>
/// <remarks>Plain strings only, so the step that produces it is cached until the file or its metadata changes.</remarks>
internal sealed record SpecInput(string Path, string Text, SpecOptions Options);

/// <summary>The MSBuild metadata of an <c>OpenApiSpec</c> item, and the project's root namespace as fallback.</summary>
/// <param name="Selection">Which operations to generate; <see langword="null"/> when the item sets no filter.</param>
/// <param name="Clients">How operations are split into clients (<c>PerTag</c>); <see langword="null"/> for one client.</param>
/// <param name="TemplateFolder">The full path of the spec's template folder (MSBuild resolves <c>Templates</c> and <c>OpenApiTemplates</c>), or null for the built-in templates only.</param>
/// <param name="Accessibility">The raw <c>Accessibility</c> metadata.</param>
/// <param name="TemplateVariables">The raw <c>TemplateVariables</c> metadata (<c>Key=Value;Other=1</c>).</param>
/// <param name="KeepUnusedSchemas">The raw <c>KeepUnusedSchemas</c> metadata: <c>true</c> generates component schemas no operation uses.</param>
/// <param name="TypeMappings">The schemas mapped to the user's own types for this spec, one per schema; only this spec's, so editing a mapping restricted to another spec leaves this one cached.</param>
internal sealed record SpecOptions(
    string? Namespace,
    string? ClassName,
    string? RootNamespace,
    SpecSelection? Selection = null,
    string? Clients = null,
    string? TemplateFolder = null,
    string? Accessibility = null,
    string? TemplateVariables = null,
    EquatableArray<TypeMapping> TypeMappings = default,
    string? KeepUnusedSchemas = null);
