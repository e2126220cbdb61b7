using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Reading;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Modeling;

/// <summary>What the model stage shares while it walks one document: where to report and where nodes stand.</summary>
internal sealed class ModelContext(string specPath, string @namespace, System.Lazy<SourceMap> map, List<DiagnosticInfo> diagnostics, string jsonContextName)
{
    /// <summary>The generated JSON context, which generated expressions name.</summary>
    public string JsonContextName { get; } = jsonContextName;

    public string SpecPath { get; } = specPath;

    public string Namespace { get; } = @namespace;

    public List<DiagnosticInfo> Diagnostics { get; } = diagnostics;

    // The last place located: an operation's diagnostics share its pointer, which spells out the whole path, and a
    // path with thousands of undeclared variables would otherwise be walked once per variable.
    private (string Pointer, bool AtKey, SourceSpan Span)? _lastLocated;

    public void Report(DiagnosticDescriptor descriptor, string pointer, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, SpecPath, Locate(pointer, atKey: true), arguments));

    public void ReportAtValue(DiagnosticDescriptor descriptor, string pointer, params string[] arguments) =>
        Diagnostics.Add(DiagnosticInfo.Create(descriptor, SpecPath, Locate(pointer, atKey: false), arguments));

    /// <summary>Whether the document has a node at <paramref name="pointer"/> (a Swagger 2.0 document keeps some under other names).</summary>
    public bool Has(string pointer) => map.Value.Contains(pointer);

    private SourceSpan Locate(string pointer, bool atKey)
    {
        if (_lastLocated is { } last && last.AtKey == atKey && string.Equals(last.Pointer, pointer, System.StringComparison.Ordinal))
        {
            return last.Span;
        }

        var span = atKey ? map.Value.LocateKey(pointer) : map.Value.LocateValue(pointer);
        _lastLocated = (pointer, atKey, span);
        return span;
    }
}
