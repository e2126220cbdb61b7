using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization.Metadata;

namespace CodeGen.Runtime.Http;

/// <summary>
/// Serializes an object-valued parameter as OpenAPI's styles describe, through the model's
/// source-generated JSON metadata: each top-level property is one field (arrays comma-joined,
/// nested objects as JSON text, nulls left out).
/// </summary>
public static class ObjectParameter
{
    /// <summary>The model's fields as name/text pairs, in declaration order.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="value">The model.</param>
    /// <param name="type">Its JSON metadata.</param>
    /// <exception cref="ArgumentException">The value is not a JSON object.</exception>
    public static IReadOnlyList<KeyValuePair<string, string>> Fields<T>(T value, JsonTypeInfo<T> type) =>
        JsonFields.Of(value, type).Select(field => new KeyValuePair<string, string>(field.Name, JsonFields.Text(field.Value))).ToList();

    /// <summary>The <c>simple</c> style (path and header): <c>k1,v1,k2,v2</c>, or <c>k1=v1,k2=v2</c> when exploded.</summary>
    /// <param name="fields">The fields.</param>
    /// <param name="explode">Whether the parameter is exploded.</param>
    public static string Simple(IReadOnlyList<KeyValuePair<string, string>> fields, bool explode)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return string.Join(",", fields.Select(field => explode ? field.Key + "=" + field.Value : field.Key + "," + field.Value));
    }

    /// <summary>Adds the fields to a query: <c>form</c> exploded as <c>k1=v1&amp;k2=v2</c>, unexploded as <c>name=k1,v1,k2,v2</c>, <c>deepObject</c> as <c>name[k1]=v1</c>.</summary>
    /// <param name="query">The query being built.</param>
    /// <param name="name">The parameter's name.</param>
    /// <param name="fields">The fields.</param>
    /// <param name="style">The parameter's style: "form" or "deepObject".</param>
    /// <param name="explode">Whether the parameter is exploded.</param>
    public static void AddToQuery(QueryStringBuilder query, string name, IReadOnlyList<KeyValuePair<string, string>> fields, string style, bool explode)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(fields);
        if (style == "deepObject")
        {
            foreach (var field in fields)
            {
                query.Add(name + "[" + field.Key + "]", field.Value);
            }
        }
        else if (explode)
        {
            foreach (var field in fields)
            {
                query.Add(field.Key, field.Value);
            }
        }
        else
        {
            query.Add(name, Simple(fields, explode: false));
        }
    }
}
