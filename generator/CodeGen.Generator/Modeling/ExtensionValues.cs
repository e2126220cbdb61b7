using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>Reads an OpenAPI object's <c>x-</c> extensions into the model, for templates.</summary>
internal static class ExtensionValues
{
    public static EquatableArray<ExtensionValue> Of(IDictionary<string, IOpenApiExtension>? extensions) =>
        extensions is null || extensions.Count == 0
            ? EquatableArray<ExtensionValue>.Empty
            : extensions
                .Where(pair => pair.Value is JsonNodeExtension)
                .OrderBy(pair => pair.Key, StringComparer.Ordinal)
                .Select(pair => new ExtensionValue(pair.Key, ((JsonNodeExtension)pair.Value).Node?.ToJsonString() ?? "null"))
                .ToEquatableArray();
}
