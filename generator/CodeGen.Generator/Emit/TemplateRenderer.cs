using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using CodeGen.Generator.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace CodeGen.Generator.Emit;

/// <summary>Renders the embedded Scriban templates; each is parsed once per process.</summary>
internal static class TemplateRenderer
{
    private const string ResourcePrefix = "CodeGen.Generator.Emit.Templates.";

    private static readonly string ToolVersion =
        typeof(TemplateRenderer).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    private static readonly Dictionary<string, Lazy<Template>> Templates = new[] { "Models", "Enums", "JsonContext", "Client", "Options", "Registration", "Unions", "Header" }
        .ToDictionary(name => name, name => new Lazy<Template>(() => Parse(name)), StringComparer.Ordinal);

    public static string Render(string templateName, ApiModel model, System.Threading.CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var globals = new ScriptObject();
        globals.Import(typeof(TemplateFunctions));
        globals["model"] = model;
        globals["tool_name"] = "\"CodeGen.Generator\"";
        globals["tool_name_text"] = "CodeGen.Generator";
        globals["tool_version"] = "\"" + ToolVersion + "\"";
        globals["spec_file"] = CodeGen.Generator.Modeling.Literals.CommentText(Path.GetFileName(model.SpecPath));
        globals["objects_by_name"] = model.Objects.ToDictionary(o => o.FullName, o => (object)o, StringComparer.Ordinal);

        var context = new TemplateContext
        {
            TemplateLoader = EmbeddedLoader.Instance,
            StrictVariables = true,
            LoopLimit = 0,
            RecursiveLimit = 0,
            LimitToString = 0,
            EnableRelaxedMemberAccess = false,
            CancellationToken = cancellationToken,
        };
        context.PushGlobal(globals);
        string text;
        try
        {
            text = Templates[templateName].Value.Render(context);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Scriban reports a cancelled render as its own exception; the compiler expects cancellation.
            throw new OperationCanceledException(cancellationToken);
        }

        return text.Replace("\r\n", "\n");
    }

    private static Template Parse(string name)
    {
        var template = Template.Parse(EmbeddedLoader.ReadResource(name), name + ".sbncs");
        if (template.HasErrors)
        {
            throw new InvalidOperationException("Template " + name + " has errors: " + string.Join("; ", template.Messages.Select(m => m.ToString())));
        }

        return template;
    }

    private sealed class EmbeddedLoader : ITemplateLoader
    {
        public static readonly EmbeddedLoader Instance = new();

        public static string ReadResource(string name)
        {
            using var stream = typeof(TemplateRenderer).Assembly.GetManifestResourceStream(ResourcePrefix + name + ".sbncs")
                ?? throw new InvalidOperationException("Missing embedded template " + name);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => ReadResource(templatePath);

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(ReadResource(templatePath));
    }
}
