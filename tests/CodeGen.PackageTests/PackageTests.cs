using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Xunit;

namespace CodeGen.PackageTests;

/// <summary>What a user of the package sees: install, build, run, edit a spec, break a spec.</summary>
public sealed class PackageTests(PackedConsumer consumer) : IClassFixture<PackedConsumer>
{
    private const string PingPath = """
          /ping:
            get:
              operationId: pingService
              responses:
                '204':
                  description: The service is up.
        """;

    [Fact]
    public void The_packages_hold_the_analyzer_its_msbuild_files_and_the_runtime_with_docs_and_symbols()
    {
        string[] Entries(string file)
        {
            using var archive = System.IO.Compression.ZipFile.OpenRead(Path.Combine(consumer.PackagesDirectory, file));
            return archive.Entries.Select(e => e.FullName).ToArray();
        }

        string Nuspec(string file, string id)
        {
            using var archive = System.IO.Compression.ZipFile.OpenRead(Path.Combine(consumer.PackagesDirectory, file));
            using var reader = new StreamReader(archive.GetEntry(id + ".nuspec")!.Open());
            return reader.ReadToEnd();
        }

        var generator = Entries($"CodeGen.Generator.{consumer.Version}.nupkg");
        Assert.Contains("analyzers/dotnet/cs/CodeGen.Generator.dll", generator);
        Assert.Contains("analyzers/dotnet/cs/Microsoft.OpenApi.dll", generator);
        Assert.Contains("analyzers/dotnet/cs/YamlDotNet.dll", generator);
        Assert.Contains("analyzers/dotnet/cs/Scriban.Signed.dll", generator);
        Assert.Contains("build/CodeGen.Generator.props", generator);
        Assert.Contains("build/CodeGen.Generator.targets", generator);
        Assert.Contains("buildTransitive/CodeGen.Generator.props", generator);
        Assert.Contains("buildTransitive/CodeGen.Generator.targets", generator);
        Assert.Contains("README.md", generator);
        Assert.DoesNotContain(generator, e => e.StartsWith("lib/", StringComparison.Ordinal));
        Assert.Contains($"<dependency id=\"CodeGen.Runtime\" version=\"{consumer.Version}\"", Nuspec($"CodeGen.Generator.{consumer.Version}.nupkg", "CodeGen.Generator"), StringComparison.Ordinal);

        var runtime = Entries($"CodeGen.Runtime.{consumer.Version}.nupkg");
        Assert.Contains("lib/net8.0/CodeGen.Runtime.dll", runtime);
        Assert.Contains("lib/net8.0/CodeGen.Runtime.xml", runtime);
        Assert.Contains("lib/net8.0/CodeGen.Runtime.pdb", Entries($"CodeGen.Runtime.{consumer.Version}.snupkg"));
    }

    [Fact]
    public async Task A_consumer_with_only_the_package_builds_warning_free_and_calls_a_generated_method()
    {
        var (exitCode, output) = await consumer.BuildAsync();

        Assert.True(exitCode == 0, output);
        Assert.Contains(" 0 Warning(s)", output, StringComparison.Ordinal);
        Assert.True(consumer.HasGeneratedFile("HuaweiCloud.Kps.KpsClient.Registration.g.cs"), "the runtime's Microsoft.Extensions.Http should enable the registration");
        var (runExit, printed) = await consumer.RunAsync();
        Assert.True(runExit == 0, printed);
        Assert.Contains("tasks: 1 RUNNING_RESET https://kms.cn-east-3.myhuaweicloud.com/v3/0123456789abcdef0123456789abcdef/running-tasks", printed, StringComparison.Ordinal);
        Assert.Contains("also: Consumer.Kps.RunningTask ICsClient IWorkspaceClient", printed, StringComparison.Ordinal);

        // samples/templates, through OpenApiTemplates: a method on every client, an attribute on every model.
        Assert.Contains("custom: KpsClient has 1 operation; RunningTask in HuaweiCloud.Kps", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_a_spec_adds_and_removes_methods_on_the_next_build()
    {
        var path = consumer.SpecPath("specs/kps.yaml");
        var original = await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken);
        try
        {
            Assert.Equal(0, (await consumer.BuildAsync()).ExitCode);
            Assert.DoesNotContain("PingServiceAsync", consumer.GeneratedFile("HuaweiCloud.Kps.KpsClient.Client.g.cs"), StringComparison.Ordinal);

            await File.WriteAllTextAsync(path, original.Replace("paths:\n", "paths:\n" + PingPath + "\n", StringComparison.Ordinal), TestContext.Current.CancellationToken);
            var added = await consumer.BuildAsync();
            Assert.True(added.ExitCode == 0, added.Output);
            Assert.Contains("PingServiceAsync", consumer.GeneratedFile("HuaweiCloud.Kps.KpsClient.Client.g.cs"), StringComparison.Ordinal);

            await File.WriteAllTextAsync(path, original, TestContext.Current.CancellationToken);
            var removed = await consumer.BuildAsync();
            Assert.True(removed.ExitCode == 0, removed.Output);
            Assert.DoesNotContain("PingServiceAsync", consumer.GeneratedFile("HuaweiCloud.Kps.KpsClient.Client.g.cs"), StringComparison.Ordinal);
        }
        finally
        {
            await File.WriteAllTextAsync(path, original, TestContext.Current.CancellationToken);
        }
    }

    [Fact]
    public async Task A_broken_spec_fails_the_build_with_an_msbuild_error_at_its_line_and_column()
    {
        var path = consumer.SpecPath("more/broken.yaml");
        await File.WriteAllTextAsync(path, "openapi: 3.1.0\ninfo:\n  title: \"unterminated\n  version: \"1\"\n", TestContext.Current.CancellationToken);
        try
        {
            var (exitCode, output) = await consumer.BuildAsync();

            Assert.NotEqual(0, exitCode);
            Assert.Contains(Path.Combine("more", "broken.yaml") + "(3,10): error OAPI001:", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Severities_set_in_editorconfig_apply_to_spec_diagnostics()
    {
        var spec = consumer.SpecPath("more/undeclared.yaml");
        var config = Path.Combine(consumer.ProjectDirectory, ".editorconfig");
        await File.WriteAllTextAsync(spec, """
            openapi: 3.1.0
            info:
              title: Undeclared
              version: "1"
            paths:
              /items/{id}:
                get:
                  operationId: getItem
                  responses:
                    '204':
                      description: Found.
            """, TestContext.Current.CancellationToken);
        try
        {
            var warned = await consumer.BuildAsync("-p:TreatWarningsAsErrors=false");
            Assert.True(warned.Output.Contains("undeclared.yaml(7,5): warning OAPI011:", StringComparison.Ordinal), warned.Output);

            await File.WriteAllTextAsync(config, "root = true\n\n[*]\ndotnet_diagnostic.OAPI011.severity = error\n", TestContext.Current.CancellationToken);
            var failed = await consumer.BuildAsync();
            Assert.NotEqual(0, failed.ExitCode);
            Assert.Contains("undeclared.yaml(7,5): error OAPI011:", failed.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(spec);
            File.Delete(config);
        }
    }
}
