using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CodeGen.Generator.Input;
using CodeGen.Generator.Model;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CodeGen.Generator.Emit;

/// <summary>Renders a spec's templates: the user's overrides where its folder has them, else the embedded ones (parsed once per process).</summary>
/// <remarks>
/// Templates are sandboxed by what the context offers: the only loader is <see cref="TemplateLoader"/>, which reads
/// the spec's template files as the compiler handed them over and the embedded templates, never the disk; only
/// <see cref="TemplateFunctions"/>, <see cref="RequestExpressions"/>, <see cref="SecuritySchemeTexts"/> and
/// <see cref="JsonExpressions"/> are imported, so a template cannot reach files, the environment or .NET methods.
/// </remarks>
internal sealed class TemplateRenderer
{
    /// <summary>Deep enough for any template, shallow enough that a user's endless recursion fails before the compiler's stack does.</summary>
    private const int OverrideRecursionLimit = 64;

    private static readonly string ToolVersion =
        typeof(TemplateRenderer).Assembly.GetName().Version?.ToString() ?? "0.0.0.0";

    private static readonly Dictionary<string, Lazy<Template>> Templates = new[] { "Models", "Enums", "JsonContext", "Client", "Options", "Registration", "Unions", "Header" }
        .ToDictionary(name => name, name => new Lazy<Template>(() => Parse(name)), StringComparer.Ordinal);

    // Importing reads the functions by reflection: done once, then shared read-only by every render (a template's
    // own assignments land in the per-render globals pushed above it).
    private static readonly ScriptObject Functions = ImportFunctions();

    private static readonly ScriptObject SharedBuiltins = TemplateContext.GetDefaultBuiltinObject();

    private readonly EmitSettings _settings;
    private readonly TemplateSet _overrides;
    private readonly System.Threading.CancellationToken _cancellationToken;
    private TemplateContext? _context;

    /// <summary>A renderer for one spec's files: they share one template context, so Scriban reads each model type's members once.</summary>
    public TemplateRenderer(EmitSettings settings, TemplateSet overrides, System.Threading.CancellationToken cancellationToken)
    {
        _settings = settings;
        _overrides = overrides;
        _cancellationToken = cancellationToken;
    }

    /// <exception cref="TemplateFailure">An override does not parse or fails while rendering.</exception>
    public string Render(string templateName, ApiModel model)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var globals = new ScriptObject();
        globals["model"] = model;
        globals["tool_name"] = "\"CodeGen.Generator\"";
        globals["tool_name_text"] = "CodeGen.Generator";
        globals["tool_version"] = "\"" + ToolVersion + "\"";
        globals["spec_file"] = Literals.CommentText(Path.GetFileName(model.SpecPath));
        globals["objects_by_name"] = model.Objects.ToDictionary(o => TypeSyntax.Name(o.Type), o => (object)o, StringComparer.Ordinal);
        globals["type_accessibility"] = _settings.TypeAccessibility;
        globals["variables"] = Variables(_settings);

        var context = _context ??= CreateContext();
        context.PushGlobal(globals);
        string text;
        var rendered = false;
        try
        {
            text = (_overrides.Find(templateName) is { } file ? ParseOverride(file, model.SpecPath) : Templates[templateName].Value).Render(context);
            rendered = true;
        }
        catch (Exception) when (_cancellationToken.IsCancellationRequested)
        {
            // Scriban reports a cancelled render as its own exception; the compiler expects cancellation.
            throw new OperationCanceledException(_cancellationToken);
        }
        catch (ScriptRuntimeException exception) when (!_overrides.IsEmpty)
        {
            throw TemplateFailure.From(exception, templateName, _overrides, model.SpecPath);
        }
        finally
        {
            // A render that failed may leave scopes of its own behind: the next file then starts from a fresh context.
            if (rendered)
            {
                context.PopGlobal();
            }
            else
            {
                _context = null;
            }
        }

        return text.Replace("\r\n", "\n");
    }

    private TemplateContext CreateContext()
    {
        // Scriban builds its built-in functions by reflection for every context. The built-in templates only read
        // them, so they share one set; a user's template may change their settings (date.format), so it gets its own.
        var context = new TemplateContext(_overrides.IsEmpty ? SharedBuiltins : TemplateContext.GetDefaultBuiltinObject())
        {
            TemplateLoader = new TemplateLoader(_overrides),
            StrictVariables = true,
            LoopLimit = 0,
            RecursiveLimit = _overrides.IsEmpty ? 0 : OverrideRecursionLimit,
            LimitToString = 0,
            EnableRelaxedMemberAccess = false,
            CancellationToken = _cancellationToken,
        };
        context.PushGlobal(Functions);
        return context;
    }

    private static ScriptObject ImportFunctions()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(TemplateFunctions));
        functions.Import(typeof(RequestExpressions));
        functions.Import(typeof(SecuritySchemeTexts));
        functions.Import(typeof(JsonExpressions));
        functions.IsReadOnly = true;
        return functions;
    }

    private static ScriptObject Variables(EmitSettings settings)
    {
        var variables = new ScriptObject(StringComparer.Ordinal);
        foreach (var variable in settings.Variables)
        {
            variables[variable.Name] = variable.Value;
        }

        return variables;
    }

    private static Template ParseOverride(TemplateFile file, string specPath)
    {
        var template = Template.Parse(file.Text, file.Path);
        return template.HasErrors ? throw TemplateFailure.FromParse(file.Name, template.Messages, specPath, file) : template;
    }

    private static Template Parse(string name)
    {
        var template = Template.Parse(TemplateLoader.ReadEmbedded(name) ?? throw new InvalidOperationException("Missing embedded template " + name), name + ".sbncs");
        if (template.HasErrors)
        {
            throw new InvalidOperationException("Template " + name + " has errors: " + string.Join("; ", template.Messages.Select(m => m.ToString())));
        }

        return template;
    }
}
