using CodeGen.Generator.Helpers;
using CodeGen.Generator.Input;
using CodeGen.Generator.Model;
using CodeGen.Generator.Modeling;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator;

/// <summary>Generates typed clients and models from the project's <c>OpenApiSpec</c> items.</summary>
[Generator(LanguageNames.CSharp)]
public sealed class OpenApiClientGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var inputs = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, cancellationToken) => SpecInputProvider.Create(pair.Left, pair.Right, cancellationToken))
            .Where(input => input is not null)
            .Select((input, _) => input!)
            .WithTrackingName(TrackingNames.SpecInputs);

        var mappedTypeUses = inputs
            .Collect()
            .Select(MappedTypeFacts.Uses)
            .WithTrackingName(TrackingNames.MappedTypeNames);

        // Reduced to flags at once; a project without mappings never looks at the compilation here.
        var mappedTypeFacts = mappedTypeUses
            .Combine(context.CompilationProvider)
            .Select(MappedTypeFacts.Find)
            .WithTrackingName(TrackingNames.MappedTypeFacts);

        var results = inputs
            .Combine(mappedTypeFacts)
            .Select(MappedTypeFacts.ForSpec)
            .WithTrackingName(TrackingNames.ModelInputs)
            .Select(SpecPipeline.BuildModel)
            .WithTrackingName(TrackingNames.Models);

        // Split as System.Text.Json's generator does: diagnostics carry spans that move with every line above them,
        // so only their own output sees them, and an edit that only moves lines renders nothing again.
        var emitInputs = results
            .Select(EmitInput.Of)
            .WithTrackingName(TrackingNames.EmitInputs);

        var specDiagnostics = results
            .Select(static (result, _) => result.Diagnostics)
            .WithTrackingName(TrackingNames.SpecDiagnostics);

        var coverage = results
            .Select(MappedSchemaCoverage.Of)
            .WithTrackingName(TrackingNames.MappedSchemaCoverage);

        var templates = context.AdditionalTextsProvider
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select((pair, cancellationToken) => TemplateInputProvider.Create(pair.Left, pair.Right, cancellationToken))
            .Where(file => file is not null)
            .Select((file, _) => file!)
            .WithTrackingName(TrackingNames.TemplateFiles)
            .Collect();

        var themed = emitInputs
            .Combine(templates)
            .Select(SpecPipeline.PickTemplates)
            .WithTrackingName(TrackingNames.TemplateSets);

        var conflicts = emitInputs
            .Collect()
            .Select(SpecPipeline.FindConflicts)
            .WithTrackingName(TrackingNames.TypeConflicts);

        var typeMappings = context.AnalyzerConfigOptionsProvider
            .Select(static (options, _) => TypeMappingList.ParseProject(options.GlobalOptions.TryGetValue(TypeMappingList.ProjectProperty, out var text) ? text : null))
            .WithTrackingName(TrackingNames.TypeMappings);

        var mappingReport = coverage
            .Collect()
            .Combine(typeMappings)
            .Select(static (input, cancellationToken) => Guard.Run(string.Empty, cancellationToken, () => TypeMappingReport.Find(input, cancellationToken), failure => failure))
            .WithTrackingName(TrackingNames.TypeMappingReport);

        // Reduced to a bool at once, so an edit to the user's code leaves every later step cached.
        var canRegister = context.CompilationProvider
            .Select(static (compilation, _) => compilation.GetTypeByMetadataName(SpecPipeline.HttpClientFactoryRegistration) is not null)
            .WithTrackingName(TrackingNames.Capabilities);

        var sources = themed
            .Combine(conflicts)
            .Combine(canRegister)
            .Select(SpecPipeline.Emit)
            .WithTrackingName(TrackingNames.Sources);

        context.RegisterSourceOutput(specDiagnostics, static (output, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(mappedTypeFacts, static (output, lookup) =>
        {
            foreach (var diagnostic in lookup.Problems)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(mappingReport, static (output, diagnostics) =>
        {
            foreach (var diagnostic in diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }
        });

        context.RegisterSourceOutput(sources, static (output, generated) =>
        {
            foreach (var diagnostic in generated.Diagnostics)
            {
                output.ReportDiagnostic(diagnostic.ToDiagnostic());
            }

            foreach (var file in generated.Files)
            {
                output.AddSource(file.HintName, SourceText.From(file.Text, System.Text.Encoding.UTF8));
            }
        });
    }
}
