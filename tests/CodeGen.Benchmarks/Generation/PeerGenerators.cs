using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using NSwag.CodeGeneration.CSharp;

namespace CodeGen.Benchmarks.Generation;

/// <summary>What the generation benchmarks compare against: NSwag's C# client generator and the parser alone.</summary>
internal static class PeerGenerators
{
    /// <summary>NSwag in-process: load the document, generate the client file (its defaults, System.Text.Json).</summary>
    public static string NSwag(string json)
    {
        var document = global::NSwag.OpenApiDocument.FromJsonAsync(json).GetAwaiter().GetResult();
        var settings = new CSharpClientGeneratorSettings
        {
            ClassName = "{controller}Client",
            CSharpGeneratorSettings = { Namespace = "NSwagGenerated", JsonLibrary = NJsonSchema.CodeGeneration.CSharp.CSharpJsonLibrary.SystemTextJson },
        };
        return new CSharpClientGenerator(document, settings).GenerateFile();
    }

    private static readonly System.Uri DocumentBase = new("file:///openapi-spec/");

    /// <summary>
    /// Microsoft.OpenApi loading a YAML document with its default settings, the way its YAML reader package does: the
    /// YAML's representation tree turned into a JSON tree, read by its JSON reader. That package needs SharpYaml 2.1,
    /// which does not run here, so YamlDotNet, from which SharpYaml was forked, builds the YAML tree.
    /// </summary>
    public static OpenApiDocument? MicrosoftOpenApiYaml(string yaml) =>
        new OpenApiJsonReader().Read(Inputs.YamlToJson.ToTree(yaml)!, DocumentBase, new OpenApiReaderSettings()).Document;

    /// <summary>Microsoft.OpenApi loading the JSON document with its default settings: the generator's floor.</summary>
    public static OpenApiDocument? MicrosoftOpenApi(string json) =>
        OpenApiDocument.Parse(json, OpenApiConstants.Json, new OpenApiReaderSettings()).Document;
}
