using Microsoft.CodeAnalysis.Text;

namespace CodeGen.Generator.Diagnostics;

/// <summary>A span in a spec file: character offset and length, and zero-based line/column ends.</summary>
internal readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static readonly SourceSpan None = default;

    public LinePositionSpan ToLinePositionSpan() =>
        new(new LinePosition(StartLine, StartColumn), new LinePosition(EndLine, EndColumn));
}
