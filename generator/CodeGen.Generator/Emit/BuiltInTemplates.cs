using System;
using System.Collections.Generic;
using System.Linq;
using Scriban;
using Scriban.Parsing;

namespace CodeGen.Generator.Emit;

/// <summary>The embedded templates, each parsed once per process and shared read-only by every render.</summary>
internal static class BuiltInTemplates
{
    private const string ResourcePrefix = "CodeGen.Generator.Emit.Templates.";
    private const string Extension = ".sbncs";

    private static readonly string[] Names = typeof(BuiltInTemplates).Assembly.GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal) && name.EndsWith(Extension, StringComparison.Ordinal))
        .Select(name => name.Substring(ResourcePrefix.Length, name.Length - ResourcePrefix.Length - Extension.Length))
        .ToArray();

    private static readonly Dictionary<string, Lazy<Template>> Files = Names
        .ToDictionary(name => name, name => new Lazy<Template>(() => Parse(name, name + Extension)), StringComparer.Ordinal);

    // An include names its template without the extension, and Scriban tags the included template's spans with that
    // path: parsed under the name, as an include parses it, an error inside one reads the same as before.
    private static readonly Dictionary<string, Lazy<Template>> Partials = Names
        .ToDictionary(name => name, name => new Lazy<Template>(() => Parse(name, name)), StringComparer.Ordinal);

    /// <summary>A template rendered as a file of its own (<c>Client</c>, <c>Models</c>...).</summary>
    public static Template File(string name) => Files[name].Value;

    /// <summary>The template an <c>include</c> of <paramref name="path"/> loads, or null when no embedded template has that name.</summary>
    public static Template? Partial(string path) => Partials.TryGetValue(path, out var template) ? template.Value : null;

    public static string? Read(string name)
    {
        using var stream = typeof(BuiltInTemplates).Assembly.GetManifestResourceStream(ResourcePrefix + name + Extension);
        if (stream is null)
        {
            return null;
        }

        using var reader = new System.IO.StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static Template Parse(string name, string path)
    {
        // The options Scriban's include parses with (TemplateContext.TemplateLoaderParserOptions and LexerOptions).
        var template = Template.Parse(Read(name) ?? throw new InvalidOperationException("Missing embedded template " + name), path, new ParserOptions(), LexerOptions.Default);
        if (template.HasErrors)
        {
            throw new InvalidOperationException("Template " + name + " has errors: " + string.Join("; ", template.Messages.Select(m => m.ToString())));
        }

        return template;
    }
}
