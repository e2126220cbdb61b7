using System;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator;

/// <summary>The exception boundary of every step: a failure on one spec becomes a diagnostic on it.</summary>
/// <remarks>An exception escaping a generator step is reported by the compiler as CS8785 and drops every generated file.</remarks>
internal static class Guard
{
    public static SpecResult Run(string specPath, CancellationToken cancellationToken, Func<SpecResult> step) =>
        Run(specPath, cancellationToken, step, failure => new SpecResult(specPath, null, failure));

    public static T Run<T>(string specPath, CancellationToken cancellationToken, Func<T> step, Func<EquatableArray<DiagnosticInfo>, T> onFailure)
    {
        try
        {
            return step();
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            var diagnostic = DiagnosticInfo.Create(DiagnosticDescriptors.GeneratorFailure, specPath, SourceSpan.None, exception.GetType().Name, exception.Message);
            return onFailure(new EquatableArray<DiagnosticInfo>(new[] { diagnostic }));
        }
    }
}
