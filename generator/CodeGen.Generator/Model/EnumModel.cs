using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A string enum, generated as a struct that keeps values the spec does not list.</summary>
internal sealed record EnumModel(
    string Name,
    TypeRef Type,
    EquatableArray<string> DocLines,
    EquatableArray<EnumMemberModel> Members)
{
    /// <summary>The most values <c>IsKnown</c> tests with a <c>switch</c>: the compiler's time for one grows with the square of its cases.</summary>
    public const int MaxSwitchCases = 256;

    /// <summary>Whether <c>IsKnown</c> looks the value up in a set rather than a <c>switch</c> (more than <see cref="MaxSwitchCases"/> values).</summary>
    public bool LooksUpKnownValues => Members.Count > MaxSwitchCases;

    /// <summary>The spec's <c>x-</c> extensions here, as JSON text.</summary>
    public EquatableArray<ExtensionValue> ExtensionsJson { get; init; }

    /// <summary>The same extensions as plain values, for templates (<c>extensions["x-name"]</c>).</summary>
    public Scriban.Runtime.ScriptObject Extensions => ExtensionValue.ToPlain(ExtensionsJson);
}

/// <summary>A known value of a string enum.</summary>
/// <param name="Value">The value on the wire, raw.</param>
internal sealed record EnumMemberModel(string Name, string Value, EquatableArray<string> DocLines);
