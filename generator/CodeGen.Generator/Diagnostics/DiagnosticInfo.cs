using System.Linq;
using CodeGen.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Diagnostics;

/// <summary>A diagnostic as plain data: its ID, message arguments and place in the spec file (an empty path for one about the project as a whole).</summary>
/// <remarks>
/// <see cref="Diagnostic"/> and <see cref="Location"/> are not equatable by value, so caching them
/// in a step's output would make every run look modified; they are created only when reported.
/// </remarks>
internal sealed record DiagnosticInfo(string Id, EquatableArray<string> Arguments, string FilePath, SourceSpan Span)
{
    public static DiagnosticInfo Create(DiagnosticDescriptor descriptor, string filePath, SourceSpan span, params string[] arguments) =>
        new(descriptor.Id, new EquatableArray<string>(arguments), filePath, span);

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticCatalog.Find(Id);
        var location = FilePath.Length == 0 ? Location.None : Location.Create(FilePath, new TextSpan(Span.Start, Span.Length), Span.ToLinePositionSpan());
        return Diagnostic.Create(descriptor, location, Arguments.Cast<object>().ToArray());
    }
}
