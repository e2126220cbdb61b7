using System.Collections.Generic;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Reading;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Modeling;

/// <summary>What the model stage shares while it walks one document: where to report and where nodes stand.</summary>
internal sealed class ModelContext(string specPath, string @namespace, DiagnosticPlaces places, bool isSwagger, List<DiagnosticInfo> diagnostics, string jsonContextName)
{
    /// <summary>The generated JSON context, which generated expressions name.</summary>
    public string JsonContextName { get; } = jsonContextName;

    public string SpecPath { get; } = specPath;

    public string Namespace { get; } = @namespace;

    public List<DiagnosticInfo> Diagnostics { get; } = diagnostics;

    /// <summary>Whether the document is Swagger 2.0, which keeps some nodes under other names (<c>/securityDefinitions</c>).</summary>
    public bool IsSwagger { get; } = isSwagger;

    public void Report(DiagnosticDescriptor descriptor, string pointer, params string[] arguments) =>
        places.Add(Diagnostics, descriptor, SpecPath, pointer, atKey: true, arguments);

    public void ReportAtValue(DiagnosticDescriptor descriptor, string pointer, params string[] arguments) =>
        places.Add(Diagnostics, descriptor, SpecPath, pointer, atKey: false, arguments);
}
