using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>What one spec produced: its model when it has one, its diagnostics, and how it is to be written out.</summary>
internal sealed record SpecResult(string SpecPath, ApiModel? Model, EquatableArray<DiagnosticInfo> Diagnostics, EmitSettings? Settings = null)
{
    /// <summary>The schemas of the project's shared type mappings that this spec does not have (reported only when no spec has them).</summary>
    public EquatableArray<string> MissingMappedSchemas { get; init; }
}

/// <summary>A type a spec would generate that an earlier spec (in path order) already generates.</summary>
internal sealed record TypeConflict(string SpecPath, string TypeName, string OwnerPath);

/// <summary>The files generated for one spec, and diagnostics the emit stage added.</summary>
internal sealed record GeneratedSources(string SpecPath, EquatableArray<GeneratedFile> Files, EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One generated file.</summary>
internal sealed record GeneratedFile(string HintName, string Text);
