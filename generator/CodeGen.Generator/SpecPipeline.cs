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
internal static class SpecPipeline
{
    public static SpecResult BuildModel(SpecInput input, CancellationToken cancellationToken) =>
        Guard.Run(input.Path, cancellationToken, () =>
        {
            var outcome = SpecReader.Read(input, cancellationToken);
            var model = ApiModelBuilder.Build(input, outcome);
            return new SpecResult(input.Path, model, Sorted(outcome.Diagnostics));
        });

    public static EquatableArray<DuplicateClient> FindDuplicates(ImmutableArray<SpecResult> results, CancellationToken cancellationToken) =>
        results
            .Where(result => result.Model is not null)
            // Hint names of generated files compare without case, so identities must too.
            .GroupBy(result => result.Model!.Identity, StringComparer.OrdinalIgnoreCase)
            .Where(group => group.Count() > 1)
            .Select(group => new DuplicateClient(group.Key, group.Select(r => r.SpecPath).OrderBy(p => p, StringComparer.Ordinal).First()))
            .OrderBy(duplicate => duplicate.Identity, StringComparer.Ordinal)
            .ToEquatableArray();

    public static GeneratedSources Emit((SpecResult Result, EquatableArray<DuplicateClient> Duplicates) input, CancellationToken cancellationToken)
    {
        var (result, duplicates) = input;
        if (result.Model is not { } model)
        {
            return new GeneratedSources(result.SpecPath, EquatableArray<GeneratedFile>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        var owner = duplicates.FirstOrDefault(d => string.Equals(d.Identity, model.Identity, StringComparison.OrdinalIgnoreCase));
        if (owner is not null && owner.OwnerPath != result.SpecPath)
        {
            var duplicate = DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateClient, result.SpecPath, SourceSpan.None, model.Identity, owner.OwnerPath);
            return new GeneratedSources(result.SpecPath, EquatableArray<GeneratedFile>.Empty, new EquatableArray<DiagnosticInfo>(new[] { duplicate }));
        }

        return Guard.Run(
            result.SpecPath,
            cancellationToken,
            () => new GeneratedSources(
                result.SpecPath,
                SourceEmitter.Emit(model).Select(file => new GeneratedFile(file.HintName, file.Text)).ToEquatableArray(),
                EquatableArray<DiagnosticInfo>.Empty),
            failure => new GeneratedSources(result.SpecPath, EquatableArray<GeneratedFile>.Empty, failure));
    }

    private static EquatableArray<DiagnosticInfo> Sorted(List<DiagnosticInfo> diagnostics)
    {
        // The reader warns about some problems the model stage reports more precisely (an unresolved $ref,
        // with the type it falls back to); one diagnostic per problem is enough.
        var explainedLines = new HashSet<int>(diagnostics.Where(d => d.Id != DiagnosticDescriptors.DocumentWarning.Id).Select(d => d.Span.StartLine));
        return diagnostics
            .Where(d => d.Id != DiagnosticDescriptors.DocumentWarning.Id || !explainedLines.Contains(d.Span.StartLine))
            .Distinct()
            .OrderBy(d => d.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();
    }
}
