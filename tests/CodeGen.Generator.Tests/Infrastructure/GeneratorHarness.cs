using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>A spec handed to the generator: its path, text and OpenApiSpec metadata (<paramref name="Metadata"/> holds any other item metadata).</summary>
internal sealed record Spec(string Path, string Text, string? Namespace = null, string? ClassName = null, bool IsSpecItem = true, IReadOnlyDictionary<string, string>? Metadata = null)
{
    /// <summary>A template file as the MSBuild targets hand it over: an <c>OpenApiTemplate</c> item of <paramref name="folder"/>.</summary>
    public static Spec Template(string folder, string fileName, string text) =>
        new(folder + fileName, text, IsSpecItem: false, Metadata: new Dictionary<string, string> { ["SourceItemType"] = "OpenApiTemplate", ["OpenApiTemplateFolder"] = folder });

    /// <summary>This spec with more item metadata, such as the template folder MSBuild resolves.</summary>
    public Spec With(string name, string value) =>
        this with { Metadata = new Dictionary<string, string>(Metadata ?? new Dictionary<string, string>()) { [name] = value } };

    public static Spec FromFile(string relativePath, string? ns = null, string? className = null)
    {
        var path = System.IO.Path.Combine(AppContext.BaseDirectory, relativePath);
        return new Spec(path, File.ReadAllText(path), ns, className);
    }
}

/// <summary>The result of running the generator over a compilation.</summary>
internal sealed record GenerationResult(GeneratorDriver Driver, GeneratorDriverRunResult RunResult, Compilation OutputCompilation)
{
    public ImmutableArray<Diagnostic> GeneratorDiagnostics => RunResult.Diagnostics;

    public IEnumerable<(string HintName, string Text)> Sources =>
        RunResult.Results.SelectMany(r => r.GeneratedSources).Select(s => (s.HintName, s.SourceText.ToString()));

    public string Source(string hintSuffix) => Sources.Single(s => s.HintName.EndsWith(hintSuffix, StringComparison.Ordinal)).Text;

    /// <summary>Compiler warnings and errors in the output compilation (generated code included).</summary>
    public IReadOnlyList<Diagnostic> CompilationProblems() =>
        OutputCompilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    /// <summary>Emits the output compilation and loads it into a fresh, collectible context.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = OutputCompilation.Emit(stream);
        if (!emit.Success)
        {
            throw new InvalidOperationException("The output does not compile:\n" + string.Join("\n", emit.Diagnostics));
        }

        stream.Position = 0;
        return new AssemblyLoadContext("generated-" + Guid.NewGuid(), isCollectible: true).LoadFromStream(stream);
    }
}

/// <summary>Drives the generator in memory as the compiler would.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    // The running framework's assemblies: the output is compiled against what the tests then execute it on.
    // Microsoft.Extensions.* (IHttpClientFactory, DI) is what a consumer of the runtime package references too.
    private static readonly string[] PlatformAssemblies = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
        .Split(Path.PathSeparator)
        .Where(path => Path.GetFileName(path).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(path) is "mscorlib.dll" or "netstandard.dll")
        .Append(typeof(CodeGen.Runtime.ApiException).Assembly.Location)
        .ToArray();

    private static readonly MetadataReference[] WithoutExtensions = PlatformAssemblies
        .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
        .ToArray();

    private static readonly MetadataReference[] References = WithoutExtensions
        .Concat(((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path).StartsWith("Microsoft.Extensions.", StringComparison.Ordinal))
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path)))
        .ToArray();

    /// <summary>As a project with <c>GenerateDocumentationFile</c>: doc comments are checked (CS1570, CS1574, ...).</summary>
    public static readonly CSharpParseOptions DocumentedParseOptions = ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    public static CSharpCompilation CreateCompilation(IEnumerable<string> sources, NullableContextOptions nullable = NullableContextOptions.Enable, bool referenceExtensions = true, bool documented = false) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select((source, index) => CSharpSyntaxTree.ParseText(source, documented ? DocumentedParseOptions : ParseOptions, path: "Source" + index + ".cs")),
            referenceExtensions ? References : WithoutExtensions,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: nullable, warningLevel: 9999)

                // The SDK's own defaults: the runtime library targets net8.0 and the tests run on a newer framework.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));

    public static GeneratorDriver CreateDriver(IEnumerable<Spec> specs, string? rootNamespace = "Consumer", IReadOnlyDictionary<string, string>? globalOptions = null) =>
        CreateDriver(specs, out _, rootNamespace, globalOptions);

    /// <summary>Creates a driver, handing back the additional texts so a test can replace one.</summary>
    public static GeneratorDriver CreateDriver(IEnumerable<Spec> specs, out IReadOnlyList<AdditionalText> texts, string? rootNamespace = "Consumer", IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var specList = specs.ToList();
        texts = specList.Select(spec => (AdditionalText)new InMemoryAdditionalText(spec.Path, spec.Text)).ToList();
        return CSharpGeneratorDriver.Create(
            new[] { new OpenApiClientGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            OptionsFor(specList, rootNamespace, globalOptions),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <param name="globalOptions">More project-wide options, keyed as the .editorconfig writes them (<c>build_property.Name</c>).</param>
    public static TestOptionsProvider OptionsFor(IEnumerable<Spec> specs, string? rootNamespace = "Consumer", IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var fileOptions = new Dictionary<string, Dictionary<string, string>>();
        foreach (var spec in specs)
        {
            var options = new Dictionary<string, string>();
            if (spec.IsSpecItem)
            {
                options["build_metadata.AdditionalFiles.SourceItemType"] = "OpenApiSpec";
            }

            if (spec.Namespace is not null)
            {
                options["build_metadata.AdditionalFiles.Namespace"] = spec.Namespace;
            }

            if (spec.ClassName is not null)
            {
                options["build_metadata.AdditionalFiles.ClassName"] = spec.ClassName;
            }

            foreach (var (name, value) in spec.Metadata ?? new Dictionary<string, string>())
            {
                options["build_metadata.AdditionalFiles." + name] = value;
            }

            fileOptions[spec.Path] = options;
        }

        var global = new Dictionary<string, string>(globalOptions ?? new Dictionary<string, string>());
        if (rootNamespace is not null)
        {
            global["build_property.RootNamespace"] = rootNamespace;
        }

        return new TestOptionsProvider(fileOptions, global);
    }

    public static GenerationResult Run(IEnumerable<Spec> specs, IEnumerable<string>? sources = null, NullableContextOptions nullable = NullableContextOptions.Enable, bool referenceExtensions = true, bool documented = false, IReadOnlyDictionary<string, string>? globalOptions = null)
    {
        var compilation = CreateCompilation(sources ?? Array.Empty<string>(), nullable, referenceExtensions, documented);
        var driver = CreateDriver(specs, globalOptions: globalOptions);
        if (documented)
        {
            driver = driver.WithUpdatedParseOptions(DocumentedParseOptions);
        }

        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return new GenerationResult(driver, driver.GetRunResult(), output);
    }

    public static GenerationResult Run(params Spec[] specs) => Run(specs, null);

    /// <summary>Runs <paramref name="run"/> on a 1 MB thread stack, an IDE thread's size: recursion as deep as an input ends the process.</summary>
    public static T OnSmallStack<T>(Func<T> run)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new System.Threading.Thread(
            () =>
            {
                try
                {
                    result = run();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            },
            maxStackSize: 1024 * 1024);
        thread.Start();
        thread.Join();
        if (failure is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        }

        return result;
    }
}
