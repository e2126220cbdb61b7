using System.Globalization;
using System.Linq;
using System.Text;
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
        new(descriptor.Id, new EquatableArray<string>(arguments.Select(Escaped).ToArray()), filePath, span);

    /// <summary>An argument with its line breaks, controls and direction overrides spelled as escapes.</summary>
    /// <remarks>Arguments quote spec text; a line break in one would start a forged line in the build output (<c>file(1,1): error ...</c>).</remarks>
    private static string Escaped(string argument)
    {
        if (string.IsNullOrEmpty(argument) || !argument.Any(NeedsEscape))
        {
            return argument;
        }

        var builder = new StringBuilder(argument.Length + 16);
        foreach (var c in argument)
        {
            _ = c switch
            {
                '\r' => builder.Append("\\r"),
                '\n' => builder.Append("\\n"),
                '\t' => builder.Append("\\t"),
                _ when NeedsEscape(c) => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private static bool NeedsEscape(char c) =>
        c < ' ' || c is (>= '\u007F' and <= '\u009F') or '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069');

    public Diagnostic ToDiagnostic()
    {
        var descriptor = DiagnosticCatalog.Find(Id);
        var location = FilePath.Length == 0 ? Location.None : Location.Create(FilePath, new TextSpan(Span.Start, Span.Length), Span.ToLinePositionSpan());
        return Diagnostic.Create(descriptor, location, Arguments.Cast<object>().ToArray());
    }
}
