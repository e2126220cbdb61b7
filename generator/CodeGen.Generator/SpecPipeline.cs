using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Emit;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Input;
using CodeGen.Generator.Model;
using CodeGen.Generator.Modeling;
using CodeGen.Generator.Reading;

namespace CodeGen.Generator;

/// <summary>The pure functions the generator's steps run: read → model, find duplicates, emit.</summary>
/// <remarks>The model step's <see cref="SpecResult"/> is split before anything renders: emit steps see only its <see cref="EmitInput"/>.</remarks>
internal static class SpecPipeline
{
    /// <summary>A spec's model when nothing is known about the types it maps to (they are taken for classes).</summary>
    public static SpecResult BuildModel(SpecInput input, CancellationToken cancellationToken) =>
        BuildModel((input, EquatableArray<MappedTypeFact>.Empty), cancellationToken);

    public static SpecResult BuildModel((SpecInput Input, EquatableArray<MappedTypeFact> Facts) spec, CancellationToken cancellationToken) =>
        Guard.Run(spec.Input.Path, cancellationToken, () =>
        {
            var (input, facts) = spec;
            try
            {
                var outcome = SpecReader.Read(input, cancellationToken);
                var modelDiagnostics = new List<DiagnosticInfo>();
                var settings = EmitSettingsReader.Read(input, modelDiagnostics);
                var mapped = MappedTypes.Resolve(input.Path, input.Options.TypeMappings, facts, outcome.Document, !settings.IsInternal, modelDiagnostics);
                var model = ApiModelBuilder.Build(input, outcome, mapped, modelDiagnostics, cancellationToken);
                outcome.Places.PlaceAll(cancellationToken);
                return new SpecResult(input.Path, model, SpecDiagnostics.Merge(outcome.Diagnostics, modelDiagnostics), settings) { MissingMappedSchemas = mapped.MissingShared };
            }
            catch (ArgumentException) when (JsonTextCheck.FindDuplicateKey(input.Text) is { } duplicate)
            {
                // A JSON object builds its dictionary when first used, wherever that is, and throws there on a repeated key.
                var error = DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSyntax, input.Path, duplicate.Place, "the key '" + duplicate.Key + "' is already in this object");
                return new SpecResult(input.Path, null, new EquatableArray<DiagnosticInfo>(new[] { error }));
            }
        });

    /// <summary>Finds specs that would generate a type an earlier spec (in ordinal path order) already generates.</summary>
    /// <remarks>Types compare without case: generated file names do, and two such types would confuse anyone.</remarks>
    public static EquatableArray<TypeConflict> FindConflicts(ImmutableArray<EmitInput> results, CancellationToken cancellationToken)
    {
        var owners = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var conflicts = new List<TypeConflict>();
        foreach (var result in results.Where(r => r.Model is not null).OrderBy(r => r.SpecPath, StringComparer.Ordinal))
        {
            var names = result.Model!.TypeNames().ToList();
            var clash = names.FirstOrDefault(owners.ContainsKey);
            if (clash is not null)
            {
                conflicts.Add(new TypeConflict(result.SpecPath, clash, owners[clash]));
                continue;
            }

            foreach (var name in names)
            {
                owners[name] = result.SpecPath;
            }
        }

        return conflicts.ToEquatableArray();
    }

    /// <summary>The type whose presence means the consumer references <c>Microsoft.Extensions.Http</c>.</summary>
    public const string HttpClientFactoryRegistration = "Microsoft.Extensions.DependencyInjection.HttpClientFactoryServiceCollectionExtensions";

    /// <summary>Pairs a spec with the template files of its folder, so only an edit there re-renders it.</summary>
    public static (EmitInput Result, TemplateSet Templates) PickTemplates((EmitInput Result, ImmutableArray<TemplateFile> Templates) input, CancellationToken cancellationToken) =>
        (input.Result, TemplateSet.For(input.Result.Settings.TemplateFolder, input.Templates));

    public static GeneratedSources Emit((((EmitInput Result, TemplateSet Templates) Spec, EquatableArray<TypeConflict> Conflicts) Spec, bool CanRegister) input, CancellationToken cancellationToken)
    {
        var (((result, templates), conflicts), canRegister) = input;
        if (result.Model is not { } model)
        {
            return new GeneratedSources(result.SpecPath, EquatableArray<GeneratedFile>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        if (conflicts.FirstOrDefault(c => c.SpecPath == result.SpecPath) is { } conflict)
        {
            var duplicate = DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateClient, result.SpecPath, SourceSpan.None, conflict.TypeName, conflict.OwnerPath);
            return new GeneratedSources(result.SpecPath, EquatableArray<GeneratedFile>.Empty, new EquatableArray<DiagnosticInfo>(new[] { duplicate }));
        }

        return Guard.Run(
            result.SpecPath,
            cancellationToken,
            () =>
            {
                try
                {
                    var files = SourceEmitter.Emit(model, result.Settings, templates, canRegister, cancellationToken)
                        .Select(file => new GeneratedFile(file.HintName, file.Text))
                        .ToEquatableArray();
                    return new GeneratedSources(result.SpecPath, files, EquatableArray<DiagnosticInfo>.Empty);
                }
                catch (TemplateFailure failure)
                {
                    // A half-written spec would bury the template error under compiler errors about missing types.
                    return new GeneratedSources(result.SpecPath, EquatableArray<GeneratedFile>.Empty, failure.Diagnostics);
                }
            },
            failure => new GeneratedSources(result.SpecPath, EquatableArray<GeneratedFile>.Empty, failure));
    }
}
