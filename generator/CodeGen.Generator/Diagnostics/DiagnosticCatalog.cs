using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace CodeGen.Generator.Diagnostics;

internal static class DiagnosticCatalog
{
    private static readonly Dictionary<string, DiagnosticDescriptor> ById = typeof(DiagnosticDescriptors)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(field => (DiagnosticDescriptor)field.GetValue(null))
        .ToDictionary(descriptor => descriptor.Id);

    public static DiagnosticDescriptor Find(string id) => ById[id];
}
