using CodeGen.Generator.Helpers;

namespace CodeGen.Generator.Model;

/// <summary>The spec's first absolute server, as the generated options class fills it in.</summary>
/// <param name="TemplateLiteral">The URL with its <c>{variable}</c> placeholders, as a C# string literal.</param>
internal sealed record ServerModel(string TemplateLiteral, EquatableArray<ServerVariableModel> Variables)
{
    public bool HasVariables => !Variables.IsEmpty;
}

/// <summary>A server variable, exposed as a settable option.</summary>
/// <param name="PropertyName">The options property.</param>
/// <param name="NameLiteral">The placeholder's name as a C# string literal.</param>
/// <param name="DefaultLiteral">The default value as a C# string literal.</param>
/// <param name="DefaultText">The default value as XML doc text.</param>
/// <param name="DocumentedLiterals">The default and enum values as C# literals: taken as they are, unlike values a caller sets.</param>
internal sealed record ServerVariableModel(string PropertyName, string NameLiteral, string DefaultLiteral, string DefaultText, EquatableArray<string> DocLines, EquatableArray<string> DocumentedLiterals)
{
    public string DocumentedArray => "new string[] { " + string.Join(", ", DocumentedLiterals) + " }";
}
