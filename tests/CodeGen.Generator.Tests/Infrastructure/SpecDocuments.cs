using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeGen.Generator.Input;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;
using Xunit;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>Loads specs with the generator's own reader, and looks things up in them.</summary>
internal static class SpecDocuments
{
    public static ReadOutcome Read(string relativePath)
    {
        var path = Path.Combine(AppContext.BaseDirectory, relativePath);
        return SpecReader.Read(new SpecInput(path, File.ReadAllText(path), new SpecOptions(null, null, null)), default);
    }

    public static OpenApiDocument Load(string relativePath)
    {
        var outcome = Read(relativePath);
        Assert.Empty(outcome.Diagnostics.Select(d => d.ToDiagnostic().ToString()));
        return Assert.IsType<OpenApiDocument>(outcome.Document);
    }

    public static OpenApiOperation Operation(OpenApiDocument document, string operationId) =>
        document.Paths.SelectMany(p => p.Value.Operations!.Values).Single(o => o.OperationId == operationId);

    public static IOpenApiSchema Schema(OpenApiDocument document, string name) => document.Components!.Schemas![name];

    /// <summary>
    /// The documented values of an open enumeration, asserting its shape: <c>anyOf</c> of exactly a string
    /// <c>enum</c> and a plain string, so that validators accept values the vendor did not list.
    /// </summary>
    public static string[] OpenEnumValues(IOpenApiSchema schema)
    {
        Assert.Null(schema.Enum);
        var alternatives = Assert.IsType<List<IOpenApiSchema>>(schema.AnyOf);
        Assert.Equal(2, alternatives.Count);
        var known = Assert.Single(alternatives, alternative => alternative.Enum is { Count: > 0 });
        var open = Assert.Single(alternatives, alternative => alternative.Enum is not { Count: > 0 });
        Assert.Equal((JsonSchemaType.String, JsonSchemaType.String), (known.Type, open.Type));
        Assert.True(open.Format is null && open.Pattern is null && open.Const is null, "the open alternative constrains the string");
        return known.Enum!.Select(value => value!.GetValue<string>()).ToArray();
    }

    /// <summary>"string", "integer/int32", "array<RunningTask>", "#RunningTask", "object", with "?" for nullable; an anyOf of strings is "string".</summary>
    public static string Describe(IOpenApiSchema schema)
    {
        if (schema is OpenApiSchemaReference reference)
        {
            return "#" + reference.Reference.Id;
        }

        if (schema.Type is null && schema.AnyOf is { Count: > 0 } alternatives && alternatives.All(alternative => Describe(alternative) == "string"))
        {
            return "string";
        }

        var type = schema.Type ?? 0;
        var nullable = (type & JsonSchemaType.Null) != 0 ? "?" : string.Empty;
        type &= ~JsonSchemaType.Null;
        var text = type switch
        {
            JsonSchemaType.Array => "array<" + Describe(schema.Items!).TrimStart('#') + ">",
            JsonSchemaType.String => "string",
            JsonSchemaType.Integer => "integer",
            JsonSchemaType.Number => "number",
            JsonSchemaType.Boolean => "boolean",
            JsonSchemaType.Object => "object",
            _ => type.ToString(),
        };
        return text + (schema.Format is { } format ? "/" + format : string.Empty) + nullable;
    }
}
