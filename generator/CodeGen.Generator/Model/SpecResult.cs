using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>What one spec produced: its model when it has one, and its diagnostics.</summary>
internal sealed record SpecResult(string SpecPath, ApiModel? Model, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>A client identity two or more specs claim, and the spec that keeps it.</summary>
internal sealed record DuplicateClient(string Identity, string OwnerPath);

/// <summary>The files generated for one spec, and diagnostics the emit stage added.</summary>
internal sealed record GeneratedSources(string SpecPath, EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One generated file.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
