using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>A string enum, generated as a struct that keeps values the spec does not list.</summary>
internal sealed record EnumModel(
    string Name,
    string FullName,
    EquatableArray<string> DocLines,
    EquatableArray<EnumMemberModel> Members);

/// <summary>A known value of a string enum.</summary>
internal sealed record EnumMemberModel(string Name, string ValueLiteral, EquatableArray<string> DocLines);
