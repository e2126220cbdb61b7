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

    // GetDefaultRuleSet copies the library's rule dictionary on every call; validating only looks rules up, so one copy serves every read.
    private static readonly ValidationRuleSet DocumentRules = ValidationRuleSet.GetDefaultRuleSet();

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
                    return new ReadOutcome(null, DiagnosticPlaces.Of(new SourceMap()), diagnostics);
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
            return new ReadOutcome(null, DiagnosticPlaces.Of(new SourceMap()), diagnostics);
        }
        catch (JsonException exception)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidSyntax, input.Path, JsonErrorSpan(input.Text, exception), exception.Message));
            return new ReadOutcome(null, DiagnosticPlaces.Of(new SourceMap()), diagnostics);
        }

        var places = yamlMap is null ? DiagnosticPlaces.OfJson(input.Text) : DiagnosticPlaces.Of(yamlMap);
        if (root is not JsonObject rootObject || !(rootObject.ContainsKey("openapi") || rootObject.ContainsKey("swagger")))
        {
            places.Add(diagnostics, DiagnosticDescriptors.InvalidDocument, input.Path, string.Empty, atKey: true, "The document has no 'openapi' or 'swagger' field, so it is not an OpenAPI document");
            return new ReadOutcome(null, places, diagnostics);
        }

        CheckTree(rootObject, input.Path, places, diagnostics, cancellationToken);

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
            places.Add(diagnostics, DiagnosticDescriptors.InvalidDocument, input.Path, versionKey, atKey: false, exception.Message);
            return new ReadOutcome(null, places, diagnostics);
        }

        foreach (var error in result.Diagnostic?.Errors ?? (IList<OpenApiError>)Array.Empty<OpenApiError>())
        {
            if (UnknownFields.PointerOf(error.Pointer, error.Message, pointer => HasNode(rootObject, pointer)) is { } field)
            {
                places.Add(diagnostics, DiagnosticDescriptors.DocumentWarning, input.Path, field, atKey: true, error.Message);
            }
            else
            {
                places.Add(diagnostics, DiagnosticDescriptors.InvalidDocument, input.Path, error.Pointer ?? string.Empty, atKey: true, error.Message);
            }
        }

        foreach (var warning in result.Diagnostic?.Warnings ?? (IList<OpenApiError>)Array.Empty<OpenApiError>())
        {
            places.Add(diagnostics, DiagnosticDescriptors.DocumentWarning, input.Path, warning.Pointer ?? string.Empty, atKey: true, warning.Message);
        }

        if (result.Document is { } document)
        {
            foreach (var finding in document.Validate(DocumentRules) ?? Array.Empty<OpenApiError>())
            {
                places.Add(diagnostics, DiagnosticDescriptors.DocumentWarning, input.Path, finding.Pointer ?? string.Empty, atKey: true, finding.Message);
            }
        }

        return new ReadOutcome(result.Document, places, diagnostics) { IsSwagger = result.Diagnostic?.SpecificationVersion == OpenApiSpecVersion.OpenApi2_0 };
    }

    /// <summary>Mends, with a located diagnostic each, what would make the OpenAPI reader throw or loop.</summary>
    private static void CheckTree(JsonObject root, string path, DiagnosticPlaces places, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var version = root["openapi"] is JsonValue openApi ? VersionText(openApi) : "2.0";
        var exclusiveBoundsAreFlags = version.StartsWith("2.", StringComparison.Ordinal) || version.StartsWith("3.0", StringComparison.Ordinal);
        var references = new LocalReferences(root);
        void Report(string pointer, string keyword, string problem) =>
            places.Add(diagnostics, DiagnosticDescriptors.ValueOutOfRange, path, pointer, atKey: false, keyword, problem);

        // One delegate for the whole walk: converting the local function at each call allocated one per node.
        Action<string, string, string> report = Report;

        var isSwagger = version.StartsWith("2", StringComparison.Ordinal);
        foreach (var (node, nodePath) in JsonTreeWalk.Objects(root, cancellationToken))
        {
            BooleanSchemas.Spell(node, nodePath);
            ValueShapes.Check(node, nodePath, isSwagger, report);
            NumericKeywords.Check(node, nodePath, exclusiveBoundsAreFlags, report);

            var reference = node["$ref"] is JsonValue referenceValue && referenceValue.TryGetValue<string>(out var referenceText) ? referenceText : string.Empty;
            if (references.Check(node, nodePath) is not { } problem)
            {
                continue;
            }

            var place = nodePath.Child("$ref").ToPointer();
            if (problem == LocalReferences.Problem.Cycle)
            {
                places.Add(diagnostics, DiagnosticDescriptors.ReferenceCycle, path, place, atKey: false, reference);
            }
            else
            {
                places.Add(diagnostics, DiagnosticDescriptors.UnresolvedReference, path, place, atKey: false, reference, Why(problem), problem == LocalReferences.Problem.External ? "what it names is left out" : "it is read as an empty object");
            }
        }
    }

    /// <summary>
    /// The <c>openapi</c> field as written: YAML reads an unquoted <c>3.1</c> as a number, which the OpenAPI reader
    /// accepts as the version it spells, so the checks must take it for 3.1 too, not for Swagger 2.0.
    /// </summary>
    private static string VersionText(JsonValue openApi) =>
        openApi.TryGetValue<string>(out var text) ? text
        : openApi.GetValueKind() == JsonValueKind.Number ? openApi.ToJsonString()
        : "2.0";

    /// <summary>Whether the document has a node at <paramref name="pointer"/>; a key whose value is null counts.</summary>
    private static bool HasNode(JsonNode root, string pointer)
    {
        JsonNode? node = root;
        var found = true;
        foreach (var segment in SpecPointer.Segments(pointer))
        {
            (found, node) = node switch
            {
                JsonObject container => container.TryGetPropertyValue(segment, out var member) ? (true, member) : (false, null),
                JsonArray items => int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < items.Count && (segment.Length == 1 || segment[0] != '0') ? (true, items[index]) : (false, null),
                _ => (false, null),
            };
            if (!found)
            {
                return false;
            }
        }

        return found;
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
internal sealed class ReadOutcome(OpenApiDocument? document, DiagnosticPlaces places, List<DiagnosticInfo> diagnostics)
{
    public OpenApiDocument? Document { get; } = document;

    /// <summary>Whether the document is Swagger 2.0, whose security schemes stand under <c>/securityDefinitions</c>.</summary>
    public bool IsSwagger { get; init; }

    /// <summary>Where later stages add their diagnostics; a JSON spec's are placed by <see cref="DiagnosticPlaces.PlaceAll"/>, the read stage's among them.</summary>
    public DiagnosticPlaces Places { get; } = places;

    /// <summary>The read stage's own diagnostics; later stages report into their own lists.</summary>
    public IReadOnlyList<DiagnosticInfo> Diagnostics { get; } = diagnostics;
}
