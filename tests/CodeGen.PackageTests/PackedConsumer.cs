using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;

namespace CodeGen.PackageTests;

/// <summary>
/// The generator and runtime packed under a version no cache has seen, and one consumer project in a
/// temporary directory that restores from those packages and the machine's usual sources.
/// </summary>
public sealed class PackedConsumer : IAsyncLifetime
{
    private static readonly Assembly Self = typeof(PackedConsumer).Assembly;

    public string Version { get; } = "0.0.1-t" + Guid.NewGuid().ToString("N").Substring(0, 12);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "codegen-package-" + Guid.NewGuid().ToString("N"));

    public string PackagesDirectory => Path.Combine(Root, "packages");

    public string ProjectDirectory => Path.Combine(Root, "consumer");

    public static string RepositoryRoot => Metadata("RepositoryRoot");

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(PackagesDirectory);
        foreach (var project in new[] { "generator/CodeGen.Generator/CodeGen.Generator.csproj", "runtime/CodeGen.Runtime/CodeGen.Runtime.csproj" })
        {
            var (exitCode, output) = await DotNet.RunAsync(
                RepositoryRoot, "pack", project, "--no-build", "-c", Metadata("Configuration"), "-o", PackagesDirectory, "-p:PackageVersion=" + Version);
            Assert.True(exitCode == 0, "dotnet pack failed:\n" + output);
        }

        Directory.CreateDirectory(Path.Combine(ProjectDirectory, "specs"));
        Directory.CreateDirectory(Path.Combine(ProjectDirectory, "more"));
        File.Copy(Path.Combine(RepositoryRoot, "specs/huaweicloud/kps.yaml"), Path.Combine(ProjectDirectory, "specs/kps.yaml"));
        File.Copy(Path.Combine(RepositoryRoot, "specs/huaweicloud/workspace.yaml"), Path.Combine(ProjectDirectory, "specs/workspace.yaml"));
        File.Copy(Path.Combine(RepositoryRoot, "specs/alibabacloud/cs.yaml"), Path.Combine(ProjectDirectory, "specs/cs.yaml"));

        // The same schema names again, through a glob and the default namespace (Consumer.Kps).
        File.Copy(Path.Combine(RepositoryRoot, "specs/huaweicloud/kps.yaml"), Path.Combine(ProjectDirectory, "more/kps.yaml"));

        // The customisation the README shows: one partial on every model, one on every client.
        Directory.CreateDirectory(Path.Combine(ProjectDirectory, "templates"));
        File.Copy(Path.Combine(RepositoryRoot, "samples/templates/ModelAttributes.sbncs"), Path.Combine(ProjectDirectory, "templates/ModelAttributes.sbncs"));
        File.Copy(Path.Combine(RepositoryRoot, "samples/templates/ClientMembers.sbncs"), Path.Combine(ProjectDirectory, "templates/ClientMembers.sbncs"));

        // Outside the repository nothing of its build configuration applies; these stop a parent directory's too.
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="codegen-under-test" value="{PackagesDirectory}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(ProjectDirectory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>
                <OpenApiTemplates>templates/</OpenApiTemplates>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="CodeGen.Generator" Version="{Version}" />
                <OpenApiSpec Include="specs/kps.yaml" Namespace="HuaweiCloud.Kps" ClassName="KpsClient" />
                <OpenApiSpec Include="specs/workspace.yaml" Namespace="HuaweiCloud.Workspace" ClassName="WorkspaceClient" />
                <OpenApiSpec Include="specs/cs.yaml" Namespace="AlibabaCloud.Cs" ClassName="CsClient" />
                <OpenApiSpec Include="more/**/*.yaml" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(ProjectDirectory, "Program.cs"), """
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Text;
            using System.Threading;
            using System.Threading.Tasks;

            var kps = new HuaweiCloud.Kps.KpsClient(new HttpClient(new Stub()) { BaseAddress = new HuaweiCloud.Kps.KpsClientOptions { Region = "cn-east-3" }.BaseAddress });
            var page = await kps.ListRunningTaskAsync("0123456789abcdef0123456789abcdef");
            Console.WriteLine($"tasks: {page.Total} {page.Tasks![0].OperateType!.Value.Value} {Stub.LastUri}");
            Console.WriteLine($"also: {typeof(Consumer.Kps.RunningTask).FullName} {typeof(AlibabaCloud.Cs.ICsClient).Name} {typeof(HuaweiCloud.Workspace.IWorkspaceClient).Name}");
            var description = (System.ComponentModel.DescriptionAttribute)Attribute.GetCustomAttribute(typeof(HuaweiCloud.Kps.RunningTask), typeof(System.ComponentModel.DescriptionAttribute))!;
            Console.WriteLine($"custom: {kps.Describe()}; {description.Description}");

            sealed class Stub : HttpMessageHandler
            {
                public static Uri? LastUri;

                protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
                {
                    LastUri = request.RequestUri;
                    return Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
                    {
                        Content = new StringContent("{\"total\":1,\"tasks\":[{\"task_id\":\"t-1\",\"operate_type\":\"RUNNING_RESET\"}]}", Encoding.UTF8, "application/json"),
                    });
                }
            }
            """);
    }

    public async ValueTask DisposeAsync()
    {
        // The compiler server keeps the analyzer loaded; stop it so the directories can go.
        await DotNet.RunAsync(Path.GetTempPath(), "build-server", "shutdown", "--vbcscompiler");
        TryDelete(Root);
        var globalPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(globalPackages, "codegen.generator", Version));
        TryDelete(Path.Combine(globalPackages, "codegen.runtime", Version));
    }

    public Task<(int ExitCode, string Output)> BuildAsync(params string[] properties) =>
        DotNet.RunAsync(ProjectDirectory, ["build", "-c", "Debug", .. properties]);

    public Task<(int ExitCode, string Output)> RunAsync() => DotNet.RunAsync(ProjectDirectory, "run", "--no-build", "-c", "Debug");

    /// <summary>The generated file, as the last build wrote it to obj/.</summary>
    public string GeneratedFile(string hintName) =>
        File.ReadAllText(Directory.EnumerateFiles(Path.Combine(ProjectDirectory, "obj"), hintName, SearchOption.AllDirectories).Single());

    public bool HasGeneratedFile(string hintName) =>
        Directory.EnumerateFiles(Path.Combine(ProjectDirectory, "obj"), hintName, SearchOption.AllDirectories).Any();

    public string SpecPath(string relative) => Path.Combine(ProjectDirectory, relative);

    private static string Metadata(string key) =>
        Self.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    private static void TryDelete(string directory)
    {
        try
        {
            if (Directory.Exists(directory))
            {
                Directory.Delete(directory, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
