using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Diagnostics;

/// <summary>One spec's diagnostics as reported: the read stage's and the model stage's, once each, in file order.</summary>
internal static class SpecDiagnostics
{
    /// <remarks>
    /// The OpenAPI reader warns about some problems that our own checks report more precisely (an unresolved
    /// <c>$ref</c>, with the type it falls back to). Its warnings carry no node we could compare, only the place
    /// they were located at, so a reader warning is left out when another diagnostic stands on its line.
    /// </remarks>
    public static EquatableArray<DiagnosticInfo> Merge(IReadOnlyList<DiagnosticInfo> read, IReadOnlyList<DiagnosticInfo> modelled)
    {
        var all = read.Concat(modelled).ToList();
        var explainedLines = new HashSet<int>(all.Where(d => !IsReaderWarning(d)).Select(d => d.Span.StartLine));
        return all
            .Where(d => !IsReaderWarning(d) || !explainedLines.Contains(d.Span.StartLine))
            .Distinct()
            .OrderBy(d => d.Span.Start)
            .ThenBy(d => d.Id, StringComparer.Ordinal)
            .ToEquatableArray();
    }

    private static bool IsReaderWarning(DiagnosticInfo diagnostic) => diagnostic.Id == DiagnosticDescriptors.DocumentWarning.Id;
}
