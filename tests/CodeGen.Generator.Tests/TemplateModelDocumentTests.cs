using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>docs/templates.md is the template contract: it lists every member of the model and every global, and stays in step with the code.</summary>
public sealed class TemplateModelDocumentTests
{
    private const string Begin = "<!-- model:begin -->\n";
    private const string End = "<!-- model:end -->";

    [Fact]
    public void The_document_lists_every_member_of_the_template_model()
    {
        var path = DocumentPath();
        var document = File.ReadAllText(path).Replace("\r\n", "\n");
        var start = document.IndexOf(Begin, StringComparison.Ordinal) + Begin.Length;
        var end = document.IndexOf(End, StringComparison.Ordinal);
        Assert.True(start >= Begin.Length && end >= start, "docs/templates.md lacks the model markers");
        var expected = TemplateModelListing.Build();
        if (document.Substring(start, end - start) == expected)
        {
            return;
        }

        if (Environment.GetEnvironmentVariable("CODEGEN_ACCEPT_SNAPSHOTS") == "1" && Environment.GetEnvironmentVariable("CI") != "true")
        {
            File.WriteAllText(path, document.Substring(0, start) + expected + document.Substring(end));
            return;
        }

        Assert.Fail("The template model changed; docs/templates.md (between the model markers) should read:\n\n" + expected);
    }

    [Fact]
    public void Every_global_variable_the_document_names_is_defined()
    {
        var document = File.ReadAllText(DocumentPath());
        var globals = Regex.Matches(document, @"^\| `(?<name>[a-z_]+)` \| value \|", RegexOptions.Multiline).Select(m => m.Groups["name"].Value).ToList();
        Assert.True(globals.Count >= 8, "only " + globals.Count + " globals are documented");
        var header = Spec.Template(TemplateSpecs.Folder, "Header.sbncs", TemplateSpecs.BuiltIn("Header") + string.Concat(globals.Select(name => "{{ probe = " + name + " }}")));

        var result = GeneratorHarness.Run(TemplateSpecs.Pets(), header);

        Assert.Empty(result.GeneratorDiagnostics);
    }

    [Fact]
    public void Every_template_the_document_names_is_built_in()
    {
        var document = File.ReadAllText(DocumentPath());
        var names = Regex.Matches(document, @"^\| `(?<name>[A-Za-z]+)\.sbncs` \|", RegexOptions.Multiline).Select(m => m.Groups["name"].Value).ToList();
        var embedded = typeof(OpenApiClientGenerator).Assembly.GetManifestResourceNames()
            .Where(n => n.EndsWith(".sbncs", StringComparison.Ordinal))
            .Select(n => n["CodeGen.Generator.Emit.Templates.".Length..^".sbncs".Length])
            .OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(embedded, names.OrderBy(n => n, StringComparer.Ordinal));
    }

    private static string DocumentPath() =>
        Path.GetFullPath(Path.Combine(
            typeof(TemplateModelDocumentTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
            "..", "..", "docs", "templates.md"));
}
