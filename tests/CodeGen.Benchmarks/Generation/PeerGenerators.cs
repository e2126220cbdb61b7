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

    /// <summary>Microsoft.OpenApi loading the JSON document with its default settings: the generator's floor.</summary>
    public static OpenApiDocument? MicrosoftOpenApi(string json) =>
        OpenApiDocument.Parse(json, OpenApiConstants.Json, new OpenApiReaderSettings()).Document;
}
