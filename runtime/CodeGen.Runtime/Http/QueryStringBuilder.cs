using System;
using System.Collections.Generic;
using System.Text;

namespace CodeGen.Runtime.Http;

/// <summary>Builds a query string with every name and value percent-encoded.</summary>
public sealed class QueryStringBuilder
{
    private StringBuilder? _builder;

    /// <summary>Appends <c>name=value</c>.</summary>
    /// <param name="name">The parameter name, as the spec spells it.</param>
    /// <param name="value">The formatted value.</param>
    public void Add(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(value);
        _builder ??= new StringBuilder();
        _builder.Append(_builder.Length == 0 ? '?' : '&')
            .Append(Uri.EscapeDataString(name))
            .Append('=')
            .Append(Uri.EscapeDataString(value));
    }

    /// <summary>Appends <c>name=value</c> once per item (OpenAPI's default <c>form</c> style with explode).</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="name">The parameter name.</param>
    /// <param name="values">The items; null items are skipped.</param>
    public void AddEach<T>(string name, IEnumerable<T> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        foreach (var value in values)
        {
            if (value is not null)
            {
                Add(name, ParameterFormatter.Format(value));
            }
        }
    }

    /// <summary>The query string with its leading <c>?</c>, or an empty string when nothing was added.</summary>
    public override string ToString() => _builder?.ToString() ?? string.Empty;
}
