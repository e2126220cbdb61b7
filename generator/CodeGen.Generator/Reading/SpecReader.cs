using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Input;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using YamlDotNet.Core;

namespace CodeGen.Generator.Reading;

/// <summary>The read stage: spec text → OpenAPI object model, with every problem placed in the spec file.</summary>
internal static class SpecReader
{
    private static readonly Uri DocumentBase = new("file:///openapi-spec/");

    public static ReadOutcome Read(SpecInput input, CancellationToken cancellationToken)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var isJson = LooksLikeJson(input);
        SourceMap? yamlMap = null;
        JsonNode? root;
        try
        {
            if (isJson)
            {
                if (JsonTextCheck.FindLoneSurrogate(input.Text) is { } place)
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSyntax, input.Path, place, "this string escapes half of a UTF-16 surrogate pair (\\uD800-\\uDFFF without its other half), which is not text"));
                    return new ReadOutcome(null, new SourceMap(), diagnostics);
                }

                root = JsonNode.Parse(input.Text, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = ReadLimits.MaxDepth });
            }
            else
            {
                yamlMap = new SourceMap();
                root = YamlDocumentConverter.Convert(input.Text, yamlMap, cancellationToken);
            }
        }
        catch (YamlException exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSyntax, input.Path, YamlDocumentConverter.SpanOf(exception.Start, exception.End), YamlMessage(exception)));
            return new ReadOutcome(null, new SourceMap(), diagnostics);
        }
        catch (JsonException exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSyntax, input.Path, JsonErrorSpan(input.Text, exception), exception.Message));
            return new ReadOutcome(null, new SourceMap(), diagnostics);
        }

        var map = new Lazy<SourceMap>(() => yamlMap ?? JsonSourceMapBuilder.Build(input.Text));
        if (root is not JsonObject rootObject || !(rootObject.ContainsKey("openapi") || rootObject.ContainsKey("swagger")))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, input.Path, map.Value.LocateKey(string.Empty), "The document has no 'openapi' or 'swagger' field, so it is not an OpenAPI document"));
            return new ReadOutcome(null, map.Value, diagnostics);
        }

        CheckTree(rootObject, input.Path, map, diagnostics, cancellationToken);

        cancellationToken.ThrowIfCancellationRequested();
        // Parsing problems are errors; rule violations (an empty 'responses', a discriminator property
        // not listed as required) leave a usable document, so they are checked below and only warned about.
        var settings = new OpenApiReaderSettings { LoadExternalRefs = false, RuleSet = ValidationRuleSet.GetEmptyRuleSet() };
        ReadResult result;
        try
        {
            result = new OpenApiJsonReader().Read(root, DocumentBase, settings);
        }
        catch (Exception exception) when (exception is OpenApiException or OpenApiUnsupportedSpecVersionException)
        {
            // The reader throws for what it cannot read at all, such as an unknown OpenAPI version.
            var versionKey = rootObject.ContainsKey("openapi") ? "/openapi" : "/swagger";
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, input.Path, map.Value.LocateValue(versionKey), exception.Message));
            return new ReadOutcome(null, map, diagnostics);
        }

        foreach (var error in result.Diagnostic?.Errors ?? (IList<OpenApiError>)Array.Empty<OpenApiError>())
        {
            diagnostics.Add(UnknownFields.PointerOf(error.Pointer, error.Message, map.Value.Contains) is { } field
                ? DiagnosticInfo.Create(DiagnosticDescriptors.DocumentWarning, input.Path, map.Value.LocateKey(field), error.Message)
                : DiagnosticInfo.Create(DiagnosticDescriptors.InvalidDocument, input.Path, map.Value.LocateKey(error.Pointer ?? string.Empty), error.Message));
        }

        foreach (var warning in result.Diagnostic?.Warnings ?? (IList<OpenApiError>)Array.Empty<OpenApiError>())
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DocumentWarning, input.Path, map.Value.LocateKey(warning.Pointer ?? string.Empty), warning.Message));
        }

        if (result.Document is { } document)
        {
            foreach (var finding in document.Validate(ValidationRuleSet.GetDefaultRuleSet()) ?? Array.Empty<OpenApiError>())
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DocumentWarning, input.Path, map.Value.LocateKey(finding.Pointer ?? string.Empty), finding.Message));
            }
        }

        return new ReadOutcome(result.Document, map, diagnostics);
    }

    /// <summary>Mends, with a located diagnostic each, what would make the OpenAPI reader throw or loop.</summary>
    private static void CheckTree(JsonObject root, string path, Lazy<SourceMap> map, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var version = root["openapi"] is JsonValue openApi && openApi.TryGetValue<string>(out var text) ? text : "2.0";
        var exclusiveBoundsAreFlags = version.StartsWith("2.", StringComparison.Ordinal) || version.StartsWith("3.0", StringComparison.Ordinal);
        var references = new LocalReferences(root);
        void Report(string pointer, string keyword, string problem) =>
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.ValueOutOfRange, path, map.Value.LocateValue(pointer), keyword, problem));

        var isSwagger = version.StartsWith("2", StringComparison.Ordinal);
        foreach (var (node, nodePath) in JsonTreeWalk.Objects(root, cancellationToken))
        {
            BooleanSchemas.Spell(node, nodePath);
            ValueShapes.Check(node, nodePath, isSwagger, Report);
            NumericKeywords.Check(node, nodePath, exclusiveBoundsAreFlags, Report);

            var reference = node["$ref"] is JsonValue referenceValue && referenceValue.TryGetValue<string>(out var referenceText) ? referenceText : string.Empty;
            if (references.Check(node, nodePath) is not { } problem)
            {
                continue;
            }

            var place = map.Value.LocateValue(nodePath.Child("$ref").ToPointer());
            diagnostics.Add(problem == LocalReferences.Problem.Cycle
                ? DiagnosticInfo.Create(DiagnosticDescriptors.ReferenceCycle, path, place, reference)
                : DiagnosticInfo.Create(DiagnosticDescriptors.UnresolvedReference, path, place, reference, Why(problem), problem == LocalReferences.Problem.External ? "what it names is left out" : "it is read as an empty object"));
        }
    }

    private static string Why(LocalReferences.Problem problem) => problem switch
    {
        LocalReferences.Problem.Empty => " (it is empty)",
        LocalReferences.Problem.External => " (it points into another file; only references within the spec are followed)",
        LocalReferences.Problem.Unnamed => " (it ends with '/', so it names nothing)",
        LocalReferences.Problem.Section => " (it names the whole document or one of its sections, not a component)",
        _ => " (it names nothing in the spec)",
    };

    private static bool LooksLikeJson(SpecInput input)
    {
        if (input.Path.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (var c in input.Text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return c == '{' && !input.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !input.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
            }
        }

        return false;
    }

    private static string YamlMessage(YamlException exception)
    {
        // YamlDotNet prefixes its messages with the position, which the diagnostic location already carries.
        var message = exception.InnerException?.Message ?? exception.Message;
        var marker = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && marker > 0 ? message.Substring(marker + 3) : message;
    }

    private static SourceSpan JsonErrorSpan(string text, JsonException exception)
    {
        var line = (int)(exception.LineNumber ?? 0);
        var column = (int)(exception.BytePositionInLine ?? 0);
        var offset = 0;
        for (var current = 0; current < line && offset < text.Length; offset++)
        {
            if (text[offset] == '\n')
            {
                current++;
            }
        }

        var start = Math.Min(text.Length, offset + column);
        return new SourceSpan(start, 0, line, column, line, column);
    }
}

/// <summary>What the read stage produced: the document when one could be built, where its nodes stand, and what went wrong.</summary>
internal sealed class ReadOutcome
{
    private readonly Lazy<SourceMap> _map;

    public ReadOutcome(OpenApiDocument? document, SourceMap map, List<DiagnosticInfo> diagnostics)
        : this(document, new Lazy<SourceMap>(() => map), diagnostics)
    {
    }

    public ReadOutcome(OpenApiDocument? document, Lazy<SourceMap> map, List<DiagnosticInfo> diagnostics)
    {
        Document = document;
        _map = map;
        Diagnostics = diagnostics;
    }

    public OpenApiDocument? Document { get; }

    /// <summary>Built on first use: most specs need no diagnostic placed.</summary>
    public Lazy<SourceMap> Map => _map;

    /// <summary>The read stage's own diagnostics; later stages report into their own lists.</summary>
    public IReadOnlyList<DiagnosticInfo> Diagnostics { get; }
}
