using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A string enum, generated as a struct that keeps values the spec does not list.</summary>
internal sealed record EnumModel(
    string Name,
    string FullName,
    EquatableArray<string> DocLines,
    EquatableArray<EnumMemberModel> Members)
{
    /// <summary>The spec's <c>x-</c> extensions here, as JSON text.</summary>
    public EquatableArray<ExtensionValue> ExtensionsJson { get; init; }

    /// <summary>The same extensions as plain values, for templates (<c>extensions["x-name"]</c>).</summary>
    public Scriban.Runtime.ScriptObject Extensions => ExtensionValue.ToPlain(ExtensionsJson);
}

/// <summary>A known value of a string enum.</summary>
internal sealed record EnumMemberModel(string Name, string ValueLiteral, EquatableArray<string> DocLines);
