using System.Collections.Generic;
using System.Globalization;
using CodeGen.Generator.Diagnostics;

namespace CodeGen.Generator.Modeling;

/// <summary>Hands out unique C# names within one scope, reporting when a wire name had to be renamed.</summary>
internal sealed class NameScope
{
    private readonly HashSet<string> _taken = new(System.StringComparer.Ordinal);

    // The next suffix to try for each name asked for twice: thousands of names meeting on one would otherwise
    // retry every suffix from 2 each time, quadratically. Names are never released, so no smaller suffix frees up.
    private readonly Dictionary<string, int> _nextSuffix = new(System.StringComparer.Ordinal);

    public NameScope(params string[] reserved)
    {
        foreach (var name in reserved)
        {
            _taken.Add(name);
        }
    }

    public bool IsTaken(string name) => _taken.Contains(name);

    /// <summary>Takes <paramref name="desired"/>, or the first free <c>desired2</c>, <c>desired3</c>…</summary>
    public string Take(string desired) => Take(desired, out _);

    /// <summary>Like <see cref="Take(string)"/>, reporting OAPI005 at <paramref name="pointer"/> when renamed.</summary>
    public string Take(string desired, ModelContext context, string pointer, string what, string wireName)
    {
        var name = Take(desired, out var renamed);
        if (renamed)
        {
            context.Report(DiagnosticDescriptors.NameCollision, pointer, what, wireName, Identifiers.Truncate(desired, Identifiers.MaxDeclaredLength), name);
        }

        return name;
    }

    private string Take(string desired, out bool renamed)
    {
        desired = Identifiers.Truncate(desired, Identifiers.MaxDeclaredLength);
        renamed = false;
        if (_taken.Add(desired))
        {
            return desired;
        }

        renamed = true;
        var suffix = _nextSuffix.TryGetValue(desired, out var next) ? next : 2;
        var name = desired + suffix.ToString(CultureInfo.InvariantCulture);
        while (!_taken.Add(name))
        {
            suffix++;
            name = desired + suffix.ToString(CultureInfo.InvariantCulture);
        }

        _nextSuffix[desired] = suffix + 1;
        return name;
    }
}
