using System;
using System.Collections.Generic;
using System.Linq;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// Generated types by full name, in the order their slots were reserved. A type takes its slot before its members
/// resolve, so the types those members declare come after it; until its model is filled in the slot is pending, and
/// a lookup finds nothing, as a type half declared (a base class reached again through a cycle) cannot be used yet.
/// </summary>
internal sealed class DeclarationSlots<TModel>
    where TModel : class
{
    private readonly List<string> _order = new();
    private readonly HashSet<string> _reserved = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TModel> _filled = new(StringComparer.Ordinal);

    /// <summary>How many slots are reserved, pending or filled.</summary>
    public int Count => _order.Count;

    /// <summary>The filled models, in the order their slots were reserved.</summary>
    public IEnumerable<TModel> Filled => _order.Where(_filled.ContainsKey).Select(name => _filled[name]);

    public void Reserve(string fullName)
    {
        if (_reserved.Add(fullName))
        {
            _order.Add(fullName);
        }
    }

    /// <summary>Fills in (or replaces) the model of a reserved slot.</summary>
    public void Fill(string fullName, TModel model)
    {
        if (!_reserved.Contains(fullName))
        {
            throw new InvalidOperationException("No slot is reserved for " + fullName);
        }

        _filled[fullName] = model;
    }

    /// <summary>The model named <paramref name="fullName"/>, or null when there is none or it is still pending.</summary>
    public TModel? Find(string fullName) => _filled.TryGetValue(fullName, out var model) ? model : null;
}
