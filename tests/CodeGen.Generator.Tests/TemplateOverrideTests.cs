using System;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>A spec's template folder replaces built-in templates and partials by file name; everything else stays built in.</summary>
public sealed class TemplateOverrideTests
{
    [Fact]
    public void An_override_replaces_the_built_in_template_of_the_same_name_and_the_others_stay_built_in()
    {
        var builtIn = GeneratorHarness.Run(TemplateSpecs.Pets(templateFolder: null));
        var options = TemplateSpecs.BuiltIn("Options").Replace("    {{ type_accessibility }} sealed partial class", "    // Options for {{ model.client_name }}\n    {{ type_accessibility }} sealed partial class");

        var result = GeneratorHarness.Run(TemplateSpecs.Pets(), Spec.Template(TemplateSpecs.Folder, "Options.sbncs", options));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems());
        Assert.Equal(
            builtIn.Source(".Options.g.cs").Replace("    public sealed partial class", "    // Options for PetsClient\n    public sealed partial class"),
            result.Source(".Options.g.cs"));
        foreach (var (hintName, text) in builtIn.Sources.Where(s => !s.HintName.EndsWith(".Options.g.cs", StringComparison.Ordinal)))
        {
            Assert.Equal(text, result.Source(hintName));
        }
    }

    [Fact]
    public void Partials_add_an_attribute_to_every_model_and_a_member_to_the_client()
    {
        var result = GeneratorHarness.Run(
            TemplateSpecs.Pets(),
            Spec.Template(TemplateSpecs.Folder, "ModelAttributes.sbncs", "    [global::System.ComponentModel.Description(\"{{ obj.name }} from {{ spec_file }}\")]\n"),
            Spec.Template(TemplateSpecs.Folder, "ClientMembers.sbncs", "\n        /// <summary>The operations of this client.</summary>\n        public static readonly string[] OperationNames = { {{ for operation in model.operations }}\"{{ operation.method_name }}\", {{ end }}};\n"));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems());
        var assembly = result.Load();
        foreach (var model in new[] { "Pet", "Owner" })
        {
            var attribute = assembly.GetType("Pets." + model)!.GetCustomAttributes(typeof(System.ComponentModel.DescriptionAttribute), false).Cast<System.ComponentModel.DescriptionAttribute>().Single();
            Assert.Equal(model + " from pets.yaml", attribute.Description);
        }

        var names = (string[])assembly.GetType("Pets.PetsClient")!.GetField("OperationNames")!.GetValue(null)!;
        Assert.Equal(new[] { "GetPetAsync" }, names);
    }

    [Fact]
    public void A_function_partial_is_overridden_on_its_own()
    {
        var builtIn = GeneratorHarness.Run(TemplateSpecs.Pets(templateFolder: null));
        const string Default = "global::System.Threading.CancellationToken cancellationToken = default)";
        var signature = TemplateSpecs.BuiltIn("Signature").Replace(Default, "global::System.Threading.CancellationToken cancellationToken = default /* custom */)");
        Assert.NotEqual(TemplateSpecs.BuiltIn("Signature"), signature);

        var result = GeneratorHarness.Run(TemplateSpecs.Pets(), Spec.Template(TemplateSpecs.Folder, "Signature.sbncs", signature));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems());
        Assert.Equal(builtIn.Source(".Client.g.cs").Replace(Default, "global::System.Threading.CancellationToken cancellationToken = default /* custom */)"), result.Source(".Client.g.cs"));
        Assert.Contains("/* custom */", result.Source(".Client.g.cs"));
    }

    [Fact]
    public void Runs_with_and_without_an_override_of_a_partial_alternate_in_one_process()
    {
        // The built-in partials are parsed once per process and shared: an override must still win wherever it applies.
        const string Default = "global::System.Threading.CancellationToken cancellationToken = default)";
        const string Custom = "global::System.Threading.CancellationToken cancellationToken = default /* custom */)";
        var signature = Spec.Template(TemplateSpecs.Folder, "Signature.sbncs", TemplateSpecs.BuiltIn("Signature").Replace(Default, Custom));
        var builtIn = GeneratorHarness.Run(TemplateSpecs.Pets(templateFolder: null)).Source(".Client.g.cs");
        Assert.Contains(Default, builtIn);

        for (var run = 0; run < 2; run++)
        {
            var overridden = GeneratorHarness.Run(TemplateSpecs.Pets(), signature);
            Assert.Empty(overridden.GeneratorDiagnostics);
            Assert.Equal(builtIn.Replace(Default, Custom), overridden.Source(".Client.g.cs"));

            Assert.Equal(builtIn, GeneratorHarness.Run(TemplateSpecs.Pets(templateFolder: null)).Source(".Client.g.cs"));
        }

        // In one run too: one spec with the override, one without.
        var both = GeneratorHarness.Run(TemplateSpecs.Pets("Pets"), TemplateSpecs.Pets("Zoo", null), signature);
        Assert.Empty(both.GeneratorDiagnostics);
        Assert.Contains("/* custom */", both.Source("Pets.PetsClient.Client.g.cs"));
        Assert.DoesNotContain("/* custom */", both.Source("Zoo.ZooClient.Client.g.cs"));
    }

    [Fact]
    public void A_broken_override_of_a_partial_is_located_in_its_file_after_the_built_in_one_rendered()
    {
        Assert.Empty(GeneratorHarness.Run(TemplateSpecs.Pets(templateFolder: null)).GeneratorDiagnostics);
        var partial = Spec.Template(TemplateSpecs.Folder, "PagingDocs.sbncs", "// paging docs\n{{ for }}\n");

        var result = GeneratorHarness.Run(TemplateSpecs.Pets(), partial);

        TemplateSpecs.AssertFailedIn(result, partial, line: 1);
        Assert.Empty(GeneratorHarness.Run(TemplateSpecs.Pets(templateFolder: null)).GeneratorDiagnostics);
    }

    [Fact]
    public void What_a_template_writes_into_objects_by_name_stays_in_that_file()
    {
        var header = Spec.Template(TemplateSpecs.Folder, "Header.sbncs", TemplateSpecs.BuiltIn("Header") + "// objects: {{ objects_by_name | object.size }}\n{{ objects_by_name[\"Extra\"] = 1 }}");

        var result = GeneratorHarness.Run(TemplateSpecs.Pets(), header);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.True(result.Sources.Count() > 1);
        Assert.All(result.Sources, s => Assert.Contains("// objects: 2\n", s.Text));
    }

    [Fact]
    public void An_override_includes_a_partial_of_its_own_from_the_folder()
    {
        var result = GeneratorHarness.Run(
            TemplateSpecs.Pets(),
            Spec.Template(TemplateSpecs.Folder, "ModelAttributes.sbncs", "{{~ include 'Serializable' ~}}\n"),
            Spec.Template(TemplateSpecs.Folder, "Serializable.sbncs", "    [global::System.Serializable]\n"));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems());
        Assert.Equal(2, CountOf(result.Source(".Models.g.cs"), "[global::System.Serializable]"));
    }

    [Fact]
    public void Only_the_specs_naming_a_folder_use_its_templates()
    {
        var header = Spec.Template(TemplateSpecs.Folder, "Header.sbncs", TemplateSpecs.BuiltIn("Header") + "// customised\n");
        var otherHeader = Spec.Template(TemplateSpecs.OtherFolder, "Header.sbncs", TemplateSpecs.BuiltIn("Header") + "// other\n");

        var result = GeneratorHarness.Run(TemplateSpecs.Pets("Pets"), TemplateSpecs.Pets("Shop", TemplateSpecs.OtherFolder), TemplateSpecs.Pets("Zoo", null), header, otherHeader);

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems());
        var sources = result.Sources.ToList();
        Assert.All(sources.Where(s => s.HintName.StartsWith("Pets.", StringComparison.Ordinal)), s => Assert.Contains("// customised\n", s.Text));
        Assert.All(sources.Where(s => s.HintName.StartsWith("Shop.", StringComparison.Ordinal)), s => Assert.Contains("// other\n", s.Text));
        Assert.All(sources.Where(s => s.HintName.StartsWith("Zoo.", StringComparison.Ordinal)), s => Assert.DoesNotContain("// customised", s.Text));
        Assert.All(sources.Where(s => s.HintName.StartsWith("Zoo.", StringComparison.Ordinal)), s => Assert.DoesNotContain("// other", s.Text));
        Assert.Equal(6, sources.Count(s => s.HintName.StartsWith("Zoo.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Editing_a_template_rerenders_only_the_specs_that_use_it()
    {
        var header = Spec.Template(TemplateSpecs.Folder, "Header.sbncs", TemplateSpecs.BuiltIn("Header"));
        var specs = new[]
        {
            TemplateSpecs.Pets("Pets"),
            TemplateSpecs.Pets("Shop", TemplateSpecs.OtherFolder),
            TemplateSpecs.Pets("Zoo", null),
            header,
            Spec.Template(TemplateSpecs.OtherFolder, "Header.sbncs", TemplateSpecs.BuiltIn("Header")),
        };
        var compilation = GeneratorHarness.CreateCompilation(new[] { "class Program { }" });
        var driver = GeneratorHarness.CreateDriver(specs, out var texts).RunGenerators(compilation, TestContext.Current.CancellationToken);

        var edited = new InMemoryAdditionalText(header.Path, header.Text + "// edited\n");
        var result = driver.ReplaceAdditionalText(texts[3], edited).RunGenerators(compilation, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        Assert.All(Outputs(result, TrackingNames.Models), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        var sources = Outputs(result, TrackingNames.Sources);
        Assert.Equal(3, sources.Count);
        Assert.Single(sources, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(2, sources.Count(o => o.Reason == IncrementalStepRunReason.Cached));
        Assert.All(result.GeneratedSources, s => Assert.Equal(s.HintName.StartsWith("Pets.", StringComparison.Ordinal), s.SourceText.ToString().Contains("// edited")));
    }

    [Fact]
    public void The_sample_templates_add_an_attribute_to_every_model_and_a_method_to_the_client()
    {
        var samples = System.IO.Path.GetFullPath(System.IO.Path.Combine(
            typeof(TemplateOverrideTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyMetadataAttribute), false).Cast<System.Reflection.AssemblyMetadataAttribute>().Single(a => a.Key == "ProjectDirectory").Value!,
            "..", "..", "samples", "templates")) + System.IO.Path.DirectorySeparatorChar;
        var templates = System.IO.Directory.GetFiles(samples, "*.sbncs").Select(path => Spec.Template(samples, System.IO.Path.GetFileName(path), System.IO.File.ReadAllText(path)));
        var kps = TestSpecs.Product[0];

        var result = GeneratorHarness.Run(new[] { Spec.FromFile(kps.Path, kps.Namespace, kps.ClassName).With("OpenApiTemplateFolder", samples) }.Concat(templates));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems());
        var assembly = result.Load();
        var client = Activator.CreateInstance(assembly.GetType("HuaweiCloud.Kps.KpsClient")!, new System.Net.Http.HttpClient())!;
        Assert.Equal("KpsClient has 1 operation", client.GetType().GetMethod("Describe")!.Invoke(client, null));
        var description = (System.ComponentModel.DescriptionAttribute)Attribute.GetCustomAttribute(assembly.GetType("HuaweiCloud.Kps.RunningTask")!, typeof(System.ComponentModel.DescriptionAttribute))!;
        Assert.Equal("RunningTask in HuaweiCloud.Kps", description.Description);
    }

    private static int CountOf(string text, string value) => (text.Length - text.Replace(value, string.Empty).Length) / value.Length;

    private static System.Collections.Generic.List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result, string step) =>
        result.TrackedSteps.TryGetValue(step, out var steps) ? steps.SelectMany(s => s.Outputs).ToList() : new();
}
