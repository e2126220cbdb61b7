using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Every <c>x-</c> extension the generator understands, read typed. The rest of the model stage asks here, so an
/// extension's name and shape are spelled once; a value of the wrong shape reads as absent, except where its
/// reader says otherwise.
/// </summary>
internal static class VendorExtensions
{
    /// <summary>On a string property: <c>unix-ms</c> or <c>local-datetime</c>, for a typed view of its text.</summary>
    public const string Format = "x-codegen-format";

    /// <summary>On a <c>local-datetime</c> property: the wire name of the string property holding its time zone.</summary>
    public const string TimeZoneProperty = "x-codegen-time-zone-property";

    /// <summary>On a string enum: one description per value, in the order of <c>enum</c>.</summary>
    public const string EnumDescriptions = "x-enum-descriptions";

    /// <summary>On an operation: the offset, limit, items and total names of an offset/limit paged list.</summary>
    public const string Paging = "x-codegen-paging";

    /// <summary>On an operation: headers sent with every request, as a map of name to value.</summary>
    public const string Headers = "x-codegen-headers";

    /// <summary>On an operation: the permission it requires (<c>action</c>, <c>policy-action</c>, <c>access-level</c>).</summary>
    public const string Iam = "x-codegen-iam";

    /// <summary>On a security scheme: computed per request by the runtime's cloud signing handlers.</summary>
    public const string Signing = "x-codegen-signing";

    /// <summary>The formats <see cref="Format"/> may name.</summary>
    public const string UnixMilliseconds = "unix-ms";

    /// <inheritdoc cref="UnixMilliseconds"/>
    public const string LocalDateTime = "local-datetime";

    /// <summary>Every extension of an object as JSON text, in name order, for templates (<c>extensions["x-name"]</c>).</summary>
    public static EquatableArray<ExtensionValue> ForTemplates(IDictionary<string, IOpenApiExtension>? extensions) =>
        extensions is null || extensions.Count == 0
            ? EquatableArray<ExtensionValue>.Empty
            : extensions
                .Where(pair => pair.Value is JsonNodeExtension)
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => new ExtensionValue(pair.Key, ((JsonNodeExtension)pair.Value).Node?.ToJsonString() ?? "null"))
                .ToEquatableArray();

    /// <summary>The vendor format of a string property's text, when it names one the generator knows.</summary>
    public static string? FormatOf(IOpenApiSchema schema) =>
        SchemaText(schema, Format) is { } format && format is UnixMilliseconds or LocalDateTime ? format : null;

    /// <summary>The wire name of the property a local date-time takes its zone from, if the schema names one.</summary>
    public static string? TimeZonePropertyOf(IOpenApiSchema schema) => SchemaText(schema, TimeZoneProperty);

    /// <summary>The descriptions of an enum's values by position: null where an item is not text; empty when absent.</summary>
    public static IReadOnlyList<string?> EnumDescriptionsOf(IOpenApiSchema schema)
    {
        if (SchemaExtension(schema, EnumDescriptions) is JsonNodeExtension { Node: JsonArray array })
        {
            return array.Select(item => item is JsonValue value && value.TryGetValue<string>(out var text) ? text : null).ToList();
        }

        return Array.Empty<string?>();
    }

    /// <summary>
    /// An operation's paging settings: null when it has none, and <see cref="PagingSettings.IsObject"/> false when the
    /// extension is there but not an object, which its user reports.
    /// </summary>
    public static PagingSettings? PagingOf(OpenApiOperation operation)
    {
        if (operation.Extensions is null || !operation.Extensions.TryGetValue(Paging, out var extension))
        {
            return null;
        }

        if (extension is not JsonNodeExtension { Node: JsonObject settings })
        {
            return PagingSettings.NotAnObject;
        }

        string? Setting(string key) => settings[key] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
        return new PagingSettings(true, Setting("offset"), Setting("items"), Setting("limit"), Setting("total"));
    }

    /// <summary>The constant headers an operation sends, in the document's order; values that are not scalars are skipped.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> HeadersOf(OpenApiOperation operation)
    {
        if (operation.Extensions is null ||
            !operation.Extensions.TryGetValue(Headers, out var extension) ||
            extension is not JsonNodeExtension { Node: JsonObject headers })
        {
            return Array.Empty<KeyValuePair<string, string>>();
        }

        return headers
            .Where(pair => pair.Value is JsonValue)
            .Select(pair => new KeyValuePair<string, string>(pair.Key, pair.Value!.ToString()))
            .ToList();
    }

    /// <summary>The permission an operation documents, or null when the extension is absent or not an object.</summary>
    public static IamPermission? IamOf(OpenApiOperation operation)
    {
        if (operation.Extensions is null ||
            !operation.Extensions.TryGetValue(Iam, out var extension) ||
            extension is not JsonNodeExtension { Node: JsonObject iam })
        {
            return null;
        }

        string? Text(string key) => iam[key] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
        return new IamPermission(Text("action"), Text("policy-action"), Text("access-level"));
    }

    /// <summary>Whether a security scheme is signed by the runtime rather than configured by a generated method.</summary>
    public static bool IsSigned(IOpenApiSecurityScheme scheme) => scheme.Extensions?.ContainsKey(Signing) == true;

    private static IOpenApiExtension? SchemaExtension(IOpenApiSchema schema, string name) =>
        schema is IOpenApiExtensible { Extensions: { } extensions } && extensions.TryGetValue(name, out var extension) ? extension : null;

    private static string? SchemaText(IOpenApiSchema schema, string name) =>
        SchemaExtension(schema, name) is JsonNodeExtension { Node: JsonValue value } && value.TryGetValue<string>(out var text) ? text : null;
}

/// <summary>What <c>x-codegen-paging</c> names: each setting is null unless it is non-empty text.</summary>
/// <param name="IsObject">False when the extension is not an object, and so names nothing.</param>
internal sealed record PagingSettings(bool IsObject, string? Offset, string? Items, string? Limit, string? Total)
{
    public static readonly PagingSettings NotAnObject = new(false, null, null, null, null);
}

/// <summary>What <c>x-codegen-iam</c> names: each part is null unless it is text.</summary>
internal sealed record IamPermission(string? Action, string? PolicyAction, string? AccessLevel);
