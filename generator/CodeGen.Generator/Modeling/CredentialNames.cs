using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Helpers;
using Microsoft.OpenApi;

namespace CodeGen.Generator.Modeling;

/// <summary>The header and query names the spec's <c>apiKey</c> security schemes send credentials in.</summary>
internal static class CredentialNames
{
    /// <summary>Header names (cookie schemes travel in <c>Cookie</c>, which a redirect always drops) and query names, raw and sorted.</summary>
    public static (EquatableArray<string> Headers, EquatableArray<string> Query) Of(OpenApiDocument document)
    {
        var headers = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var query = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var scheme in document.Components?.SecuritySchemes?.Values ?? Enumerable.Empty<IOpenApiSecurityScheme>())
        {
            if (scheme?.Type != SecuritySchemeType.ApiKey || string.IsNullOrEmpty(scheme.Name))
            {
                continue;
            }

            switch (scheme.In)
            {
                case ParameterLocation.Header:
                    headers.Add(scheme.Name!);
                    break;
                case ParameterLocation.Query:
                    query.Add(scheme.Name!);
                    break;
            }
        }

        return (new EquatableArray<string>(headers.ToArray()), new EquatableArray<string>(query.ToArray()));
    }
}
