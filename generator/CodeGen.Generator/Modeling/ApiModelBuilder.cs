using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Input;
using CodeGen.Generator.Model;
using CodeGen.Generator.Reading;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>The model stage: OpenAPI object model → <see cref="ApiModel"/>.</summary>
internal static class ApiModelBuilder
{
    // The order operations of one path are emitted in, so output never depends on dictionary order.
    private static readonly string[] MethodOrder = { "GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE", "QUERY" };

    /// <param name="diagnostics">Where the model stage reports; the read stage's diagnostics stay in <paramref name="outcome"/>.</param>
    public static ApiModel? Build(SpecInput input, ReadOutcome outcome, MappedTypes mapped, List<DiagnosticInfo> diagnostics, System.Threading.CancellationToken cancellationToken)
    {
        try
        {
            return BuildModel(input, outcome, mapped, diagnostics, cancellationToken);
        }
        catch (ModelLimitException limit)
        {
            outcome.Places.Add(diagnostics, DiagnosticDescriptors.LimitReached, input.Path, limit.Pointer, atKey: true, limit.Message);
            return null;
        }
    }

    private static ApiModel? BuildModel(SpecInput input, ReadOutcome outcome, MappedTypes mapped, List<DiagnosticInfo> diagnostics, System.Threading.CancellationToken cancellationToken)
    {
        var document = outcome.Document;
        if (document is null)
        {
            return null;
        }

        var names = ResolveNames(input, document, diagnostics);
        if (names is null)
        {
            return null;
        }

        var (ns, clientName) = names.Value;
        var interfaceName = "I" + clientName;
        var jsonContextName = clientName + "JsonContext";
        var context = new ModelContext(input.Path, ns, outcome.Places, outcome.IsSwagger, diagnostics, jsonContextName);
        var optionsName = clientName + "Options";
        var registrationName = clientName + "ServiceCollectionExtensions";
        var typeNames = new NameScope(clientName, interfaceName, jsonContextName, optionsName, registrationName, "System", "Microsoft", "Global");
        var json = new JsonTypeRegistry();
        var selected = SelectOperations(input, document, diagnostics, cancellationToken);
        var grouping = Grouping(input, diagnostics, selected.Operations.Select(o => o.Operation), typeNames);
        var schemas = selected.Schemas ?? document.Components?.Schemas;
        var types = new TypeResolver(context, typeNames, json, schemas, ModelBudget.ForSpec(input.Text), cancellationToken, mapped.BySchema);
        var leftOut = LeftOut(document, selected.Schemas);
        if (input.Options.Selection is null && leftOut.Count > 0)
        {
            ReportLeftOut(document, leftOut, context);
        }

        types.ResolveComponents(leftOut);

        var methodNames = new NameScope(clientName, "Dispose", "Equals", "GetHashCode", "ToString", "GetType");
        var operations = new OperationBuilder(context, types, methodNames, cancellationToken);
        var operationModels = new List<OperationModel>();
        var operationPointers = new List<string>();
        var secured = SecuritySchemes.Declared(document, selected.Operations.Select(o => o.Operation));
        foreach (var (path, method, operation, pathItem) in selected.Operations)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var built = operations.Build(path, method, operation, pathItem.Parameters);
            operationModels.Add(secured ? built with { Security = SecuritySchemes.Requirement(document, operation) } : built);
            operationPointers.Add(SpecPointer.Append(SpecPointer.Append("/paths", path), method.Method.ToLowerInvariant()));
        }

        NamePagingMethods(operationModels, operationPointers, methodNames, context);
        if (secured)
        {
            SecuritySchemes.Check(document, selected.Operations.Select((o, i) => (o.Operation, operationPointers[i])).ToList(), context);
        }

        var credentials = CredentialNames.Of(document);
        var (clientOperations, clients) = grouping is null
            ? (operationModels.ToEquatableArray(), EquatableArray<ClientGroupModel>.Empty)
            : grouping.Split(operationModels, selected.Operations.Select(o => o.Operation).ToList());

        return new ApiModel(
            input.Path,
            ns,
            clientName,
            interfaceName,
            jsonContextName,
            new EquatableArray<string>(DocText.Lines(document.Info?.Title, document.Info?.Summary, document.Info?.Description)),
            DefaultServerUrl(document),
            RelativeServerPath(document),
            ServerTemplate(document),
            optionsName,
            registrationName,
            clientOperations,
            types.Objects,
            types.Enums,
            json.ToArray(),
            types.Unions,
            credentials.Headers,
            credentials.Query,
            clients)
        {
            ExtensionsJson = VendorExtensions.ForTemplates(document.Extensions),
            SecuritySchemes = SecuritySchemes.Configurable(document, clientName, "Add" + clientName, selected.Operations.Select(o => o.Operation), context),
        };
    }

    /// <summary>
    /// The operations to generate, in path then method order, and the component schemas to generate: those the kept
    /// operations reach, or every schema (<see langword="null"/>) when the item keeps unused schemas or the spec has
    /// no operation to reach them from.
    /// </summary>
    private static (List<(string Path, System.Net.Http.HttpMethod Method, OpenApiOperation Operation, IOpenApiPathItem PathItem)> Operations, IDictionary<string, IOpenApiSchema>? Schemas) SelectOperations(
        SpecInput input, OpenApiDocument document, List<DiagnosticInfo> diagnostics, System.Threading.CancellationToken cancellationToken)
    {
        var selection = input.Options.Selection is { } filters ? new OperationSelection(filters) : null;
        var keepUnused = KeepsUnusedSchemas(input, diagnostics) && selection is null;
        var reachability = keepUnused ? null : new SchemaReachability(document.Components?.Schemas, cancellationToken);
        var kept = new List<(string, System.Net.Http.HttpMethod, OpenApiOperation, IOpenApiPathItem)>();
        foreach (var path in (document.Paths ?? new OpenApiPaths()).OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var pathItem = path.Value;
            foreach (var operation in (pathItem.Operations ?? new Dictionary<System.Net.Http.HttpMethod, OpenApiOperation>())
                         .OrderBy(o => Array.IndexOf(MethodOrder, o.Key.Method.ToUpperInvariant()) is var i && i < 0 ? int.MaxValue : i)
                         .ThenBy(o => o.Key.Method, StringComparer.Ordinal))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (selection is null || selection.Keeps(path.Key, operation.Key, operation.Value))
                {
                    kept.Add((path.Key, operation.Key, operation.Value, pathItem));
                    reachability?.AddOperation(operation.Value, pathItem.Parameters);
                }
            }
        }

        if (selection is not null)
        {
            diagnostics.AddRange(selection.Diagnostics(input.Path));
            return (kept, reachability!.ReachedComponents());
        }

        // A document without operations is a library of schemas: all of them are what it is for.
        return (kept, kept.Count == 0 ? null : reachability?.ReachedComponents());
    }

    /// <summary>The component schemas that are not generated, keyed as in the document.</summary>
    private static IDictionary<string, IOpenApiSchema> LeftOut(OpenApiDocument document, IDictionary<string, IOpenApiSchema>? generated) =>
        generated is null || document.Components?.Schemas is not { } all
            ? new Dictionary<string, IOpenApiSchema>()
            : all.Where(pair => !generated.ContainsKey(pair.Key)).ToDictionary(pair => pair.Key, pair => pair.Value, StringComparer.Ordinal);

    /// <summary>Says, once, that schemas were left out: a user looking for one finds why it is missing and how to get it.</summary>
    /// <remarks>
    /// Placed on the spec as a whole, like the other reports about the item's metadata: placing it on a line would
    /// map a JSON spec's every node for a message that concerns no one node.
    /// </remarks>
    private static void ReportLeftOut(OpenApiDocument document, IDictionary<string, IOpenApiSchema> leftOut, ModelContext context)
    {
        // Webhooks (3.1 webhooks, 3.0 x-webhooks) are requests the API sends, not operations of the client.
        var hasWebhooks = document.Webhooks is { Count: > 0 } || document.Extensions?.ContainsKey("x-webhooks") == true;
        context.Diagnostics.Add(DiagnosticInfo.Create(
            DiagnosticDescriptors.UnusedSchemasLeftOut,
            context.SpecPath,
            SourceSpan.None,
            leftOut.Count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
            leftOut.Keys.OrderBy(id => id, StringComparer.Ordinal).First(),
            hasWebhooks ? " (the spec's webhooks are requests the API sends, not operations of the client, so schemas only they use are among them)" : string.Empty));
    }

    /// <summary>Whether the item's <c>KeepUnusedSchemas</c> metadata asks for every component schema; an invalid value is reported and keeps the default.</summary>
    private static bool KeepsUnusedSchemas(SpecInput input, List<DiagnosticInfo> diagnostics)
    {
        var value = input.Options.KeepUnusedSchemas;
        if (value is null || string.Equals(value, "false", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (string.Equals(value, "true", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMetadata, input.Path, SourceSpan.None, "KeepUnusedSchemas", value, "boolean (true or false)"));
        return false;
    }

    /// <summary>The per-tag clients when the item's <c>Clients</c> metadata asks for them, their names taken before any schema's.</summary>
    private static ClientGrouping? Grouping(SpecInput input, List<DiagnosticInfo> diagnostics, IEnumerable<OpenApiOperation> operations, NameScope typeNames)
    {
        if (input.Options.Clients is not { } clients)
        {
            return null;
        }

        if (!string.Equals(clients, ClientGrouping.PerTag, StringComparison.OrdinalIgnoreCase))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownClients, input.Path, SourceSpan.None, clients));
            return null;
        }

        return new ClientGrouping(ClientGrouping.FirstTags(operations), typeNames);
    }

    /// <summary>Paging methods are named after every operation, so a synthetic name never displaces a real one.</summary>
    private static void NamePagingMethods(List<OperationModel> operations, List<string> pointers, NameScope methodNames, ModelContext context)
    {
        for (var i = 0; i < operations.Count; i++)
        {
            if (operations[i].Paging is { } paging)
            {
                var name = methodNames.Take(paging.MethodName, context, SpecPointer.Append(pointers[i], VendorExtensions.Paging), "The paging method", paging.MethodName);
                operations[i] = operations[i] with { Paging = paging with { MethodName = name } };
            }
        }
    }

    private static (string Namespace, string ClientName)? ResolveNames(SpecInput input, OpenApiDocument document, List<DiagnosticInfo> diagnostics)
    {
        var stem = Identifiers.ToPascalCase(Path.GetFileNameWithoutExtension(input.Path), "Api");
        var ns = input.Options.Namespace;
        if (string.IsNullOrWhiteSpace(ns))
        {
            ns = string.IsNullOrWhiteSpace(input.Options.RootNamespace) || !Identifiers.IsValidNamespace(input.Options.RootNamespace!)
                ? stem
                : input.Options.RootNamespace + "." + stem;
        }
        else if (!Identifiers.IsValidNamespace(ns!))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMetadata, input.Path, SourceSpan.None, "Namespace", ns!, "namespace"));
            return null;
        }

        var clientName = input.Options.ClassName;
        if (string.IsNullOrWhiteSpace(clientName))
        {
            var title = document.Info?.Title;
            var baseName = string.IsNullOrWhiteSpace(title) ? stem : Identifiers.ToPascalCase(title!, stem);
            clientName = baseName.EndsWith("Client", StringComparison.Ordinal) ? baseName : baseName + "Client";
        }
        else if (!Identifiers.IsValidIdentifier(clientName!))
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMetadata, input.Path, SourceSpan.None, "ClassName", clientName!, "class name"));
            return null;
        }

        return (ns!, clientName!);
    }

    private static string? DefaultServerUrl(OpenApiDocument document) =>
        FirstServerUrl(document) is { } url && Uri.TryCreate(url, UriKind.Absolute, out var absolute) && (absolute.Scheme == Uri.UriSchemeHttps || absolute.Scheme == Uri.UriSchemeHttp)
            ? url.TrimEnd('/')
            : null;

    /// <summary>The first server when it is absolute, with each variable it uses as an option.</summary>
    private static ServerModel? ServerTemplate(OpenApiDocument document)
    {
        var server = document.Servers?.FirstOrDefault();
        if (DefaultServerUrl(document) is null || server?.Url is not { } url)
        {
            return null;
        }

        var properties = new NameScope("Endpoint", "BaseAddress", "Equals", "GetHashCode", "ToString", "GetType");
        var variables = new List<ServerVariableModel>();
        foreach (var variable in (server.Variables ?? new Dictionary<string, OpenApiServerVariable>()).OrderBy(v => url.IndexOf("{" + v.Key + "}", StringComparison.Ordinal)))
        {
            if (!url.Contains("{" + variable.Key + "}"))
            {
                continue;
            }

            var fallback = variable.Value.Default ?? string.Empty;
            var allowed = variable.Value.Enum is { Count: > 0 } values ? "Allowed values: " + string.Join(", ", values) + "." : null;
            variables.Add(new ServerVariableModel(
                properties.Take(Identifiers.ToPascalCase(variable.Key, "Variable")),
                variable.Key,
                fallback,
                new EquatableArray<string>(DocText.Lines(variable.Value.Description ?? "The server variable '" + variable.Key + "'.", allowed)),
                new[] { fallback }.Concat(variable.Value.Enum ?? new List<string>()).Distinct(StringComparer.Ordinal).ToEquatableArray()));
        }

        return new ServerModel(url.TrimEnd('/'), variables.ToEquatableArray());
    }

    private static string? RelativeServerPath(OpenApiDocument document) =>
        FirstServerUrl(document) is { } url && url.StartsWith("/", StringComparison.Ordinal) && url.TrimEnd('/').Length > 0
            ? url.TrimEnd('/')
            : null;

    /// <summary>The first server's URL with each variable replaced by its default.</summary>
    private static string? FirstServerUrl(OpenApiDocument document)
    {
        var server = document.Servers?.FirstOrDefault();
        if (server?.Url is not { Length: > 0 } url)
        {
            return null;
        }

        foreach (var variable in server.Variables ?? new Dictionary<string, OpenApiServerVariable>())
        {
            url = url.Replace("{" + variable.Key + "}", variable.Value.Default ?? string.Empty);
        }

        return url;
    }
}
