using System.Collections.Generic;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CodeGen.Benchmarks.Generation;

/// <summary>
/// Re-splits generated files one type per file, and a type with many members (the client, the JSON context) into
/// partial parts: what a per-type layout of the output would hand the compiler, to weigh against one file per kind.
/// </summary>
internal static class OutputSplitter
{
    public static string[] PerType(IEnumerable<string> sources, int membersPerPart) =>
        sources.SelectMany(source => Split(source, membersPerPart)).ToArray();

    private static IEnumerable<string> Split(string source, int membersPerPart)
    {
        var root = (CompilationUnitSyntax)CSharpSyntaxTree.ParseText(source).GetRoot();
        var header = root.GetLeadingTrivia().ToFullString();
        foreach (var ns in root.Members.OfType<BaseNamespaceDeclarationSyntax>())
        {
            var usings = string.Concat(ns.Usings.Select(u => u.ToFullString()));
            foreach (var member in ns.Members)
            {
                foreach (var part in Parts(member, membersPerPart))
                {
                    var text = new StringBuilder(header.Length + part.Length + 64)
                        .Append(header).Append("namespace ").Append(ns.Name).Append("\n{\n").Append(usings).Append(part).Append("\n}\n");
                    yield return text.ToString();
                }
            }
        }
    }

    private static IEnumerable<string> Parts(MemberDeclarationSyntax member, int membersPerPart)
    {
        if (member is not ClassDeclarationSyntax type || type.Members.Count <= membersPerPart || !type.Modifiers.Any(SyntaxKind.PartialKeyword))
        {
            yield return member.ToFullString();
            yield break;
        }

        for (var start = 0; start < type.Members.Count; start += membersPerPart)
        {
            var members = SyntaxFactory.List(type.Members.Skip(start).Take(membersPerPart));
            yield return start == 0
                ? type.WithMembers(members).ToFullString()
                : type.WithAttributeLists(default).WithBaseList(null).WithLeadingTrivia(SyntaxFactory.Whitespace("    ")).WithMembers(members).ToFullString();
        }
    }
}
