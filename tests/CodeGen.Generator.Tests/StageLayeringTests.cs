using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// The generator's stages use one another in one direction only: the model stage builds plain data and never spells
/// C#, and the emit stage renders that data without calling back into the model stage.
/// </summary>
public sealed class StageLayeringTests
{
    private static readonly string Sources = Path.Combine(AppContext.BaseDirectory, "GeneratorSources");

    [Theory]
    [InlineData("Model", "CodeGen.Generator.Emit")]
    [InlineData("Modeling", "CodeGen.Generator.Emit")]
    [InlineData("Model", "CodeGen.Generator.Modeling")]
    [InlineData("Emit", "CodeGen.Generator.Modeling")]
    public void A_stage_does_not_name_the_namespace_of_a_later_or_an_earlier_one(string stage, string forbidden)
    {
        var files = Directory.GetFiles(Path.Combine(Sources, stage), "*.cs", SearchOption.AllDirectories);

        Assert.NotEmpty(files);
        Assert.Empty(files.SelectMany(file => NamespacesNamed(File.ReadAllText(file)).Where(name => IsWithin(name, forbidden)).Select(name => Path.GetFileName(file) + ": " + name)));
    }

    [Fact]
    public void The_check_finds_a_namespace_named_in_a_using_or_in_a_qualified_name()
    {
        Assert.Contains(NamespacesNamed("using CodeGen.Generator.Emit;\nclass A { }"), name => IsWithin(name, "CodeGen.Generator.Emit"));
        Assert.Contains(NamespacesNamed("class A { string B => CodeGen.Generator.Emit.TypeSyntax.Of(null); }"), name => IsWithin(name, "CodeGen.Generator.Emit"));
        Assert.Contains(NamespacesNamed("class A { global::CodeGen.Generator.Emit.TypeSyntax? b; }"), name => IsWithin(name, "CodeGen.Generator.Emit"));
        Assert.DoesNotContain(NamespacesNamed("using CodeGen.Generator.Model;\nclass A { }"), name => IsWithin(name, "CodeGen.Generator.Emit"));
    }

    private static IEnumerable<string> NamespacesNamed(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source).GetRoot();
        foreach (var name in root.DescendantNodes().OfType<NameSyntax>().Where(n => n.Parent is not NameSyntax))
        {
            yield return name.ToString().Replace("global::", string.Empty, StringComparison.Ordinal);
        }

        foreach (var access in root.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Where(a => a.Parent is not MemberAccessExpressionSyntax))
        {
            yield return access.ToString();
        }
    }

    private static bool IsWithin(string name, string ns) =>
        name.Equals(ns, StringComparison.Ordinal) || name.StartsWith(ns + ".", StringComparison.Ordinal);
}
