using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>Walks a step's output and names every object in it that must never be cached.</summary>
internal static class CacheSafetyWalker
{
    public static IReadOnlyList<string> FindBannedObjects(object? root)
    {
        var found = new List<string>();
        Walk(root, "output", new HashSet<object>(ReferenceEqualityComparer.Instance), found);
        return found;
    }

    private static void Walk(object? value, string path, HashSet<object> visited, List<string> found)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is Enum)
        {
            return;
        }

        var type = value.GetType();
        if (IsBanned(type))
        {
            found.Add(path + ": " + type.FullName);
            return;
        }

        if (!type.IsValueType && !visited.Add(value))
        {
            return;
        }

        if (value is IEnumerable sequence)
        {
            var index = 0;
            foreach (var item in sequence)
            {
                Walk(item, path + "[" + index++ + "]", visited, found);
            }
        }

        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, visited, found);
        }
    }

    private static bool IsBanned(Type type) =>
        typeof(ISymbol).IsAssignableFrom(type) ||
        typeof(SyntaxNode).IsAssignableFrom(type) ||
        typeof(SyntaxTree).IsAssignableFrom(type) ||
        typeof(Compilation).IsAssignableFrom(type) ||
        typeof(Location).IsAssignableFrom(type) ||
        typeof(Diagnostic).IsAssignableFrom(type) ||
        typeof(SemanticModel).IsAssignableFrom(type) ||
        (type.Namespace?.StartsWith("Microsoft.OpenApi", StringComparison.Ordinal) ?? false) ||
        (type.Namespace?.StartsWith("YamlDotNet", StringComparison.Ordinal) ?? false) ||
        (type.Namespace?.StartsWith("System.Text.Json.Nodes", StringComparison.Ordinal) ?? false);
}
