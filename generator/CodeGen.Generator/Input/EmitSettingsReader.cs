using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Input;

/// <summary>Turns a spec's emit-related metadata into <see cref="EmitSettings"/>, reporting values it cannot use.</summary>
internal static class EmitSettingsReader
{
    public static EmitSettings Read(SpecInput input, List<DiagnosticInfo> diagnostics)
    {
        var options = input.Options;
        var isInternal = false;
        if (options.Accessibility is { } accessibility)
        {
            if (string.Equals(accessibility, "internal", StringComparison.OrdinalIgnoreCase))
            {
                isInternal = true;
            }
            else if (!string.Equals(accessibility, "public", StringComparison.OrdinalIgnoreCase))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMetadata, input.Path, SourceSpan.None, "Accessibility", accessibility, "accessibility for generated types (public or internal)"));
            }
        }

        return new EmitSettings(options.TemplateFolder, isInternal, Variables(options.TemplateVariables));
    }

    /// <summary>Parses <c>Key=Value;Other=1</c> (or <c>|</c> between entries); a later entry replaces an earlier one with the same key, and an entry without <c>=</c> has an empty value.</summary>
    private static EquatableArray<TemplateVariable> Variables(string? text)
    {
        if (text is null)
        {
            return EquatableArray<TemplateVariable>.Empty;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        // MSBuild hands the list over with '|' between entries (';' would start a comment in the compiler's .editorconfig).
        foreach (var entry in text.Split(';', '|'))
        {
            var separator = entry.IndexOf('=');
            var name = (separator < 0 ? entry : entry.Substring(0, separator)).Trim();
            if (name.Length > 0)
            {
                values[name] = separator < 0 ? string.Empty : entry.Substring(separator + 1).Trim();
            }
        }

        return values.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => new TemplateVariable(pair.Key, pair.Value)).ToEquatableArray();
    }
}
