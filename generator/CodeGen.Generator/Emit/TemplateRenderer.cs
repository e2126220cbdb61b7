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

    private static readonly string ToolVersionLiteral =
        "\"" + (typeof(TemplateRenderer).Assembly.GetName().Version?.ToString() ?? "0.0.0.0") + "\"";

    // Importing reads the functions by reflection: done once, then shared read-only by every render (a template's
    // own assignments land in the per-render globals pushed above it).
    private static readonly ScriptObject Functions = ImportFunctions();

    private static readonly ScriptObject SharedBuiltins = TemplateContext.GetDefaultBuiltinObject();

    private readonly EmitSettings _settings;
    private readonly TemplateSet _overrides;
    private readonly System.Threading.CancellationToken _cancellationToken;
    private TemplateContext? _context;
    private Dictionary<string, object>? _objectsByName;

    /// <summary>A renderer for one spec's files: they share one template context, so the spec's own partials are parsed once.</summary>
    public TemplateRenderer(EmitSettings settings, TemplateSet overrides, System.Threading.CancellationToken cancellationToken)
    {
        _settings = settings;
        _overrides = overrides;
        _cancellationToken = cancellationToken;
    }

    /// <param name="templateName">The built-in template's name, which the spec's folder may override.</param>
    /// <param name="model">The spec's model, or a per-tag view of it: every call passes the same objects.</param>
    /// <exception cref="TemplateFailure">An override does not parse or fails while rendering.</exception>
    public string Render(string templateName, ApiModel model)
    {
        _cancellationToken.ThrowIfCancellationRequested();
        var globals = new ScriptObject();
        globals["model"] = model;
        globals["tool_name"] = "\"CodeGen.Generator\"";
        globals["tool_name_text"] = "CodeGen.Generator";
        globals["tool_version"] = ToolVersionLiteral;
        globals["spec_file"] = Literals.CommentText(Path.GetFileName(model.SpecPath));
        globals["objects_by_name"] = ObjectsByName(model);
        globals["type_accessibility"] = _settings.TypeAccessibility;
        globals["variables"] = Variables(_settings);

        var context = _context ??= CreateContext();
        context.PushGlobal(globals);
        string text;
        var rendered = false;
        try
        {
            text = (_overrides.Find(templateName) is { } file ? ParseOverride(file, model.SpecPath) : BuiltInTemplates.File(templateName)).Render(context);
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
        var context = new SpecTemplateContext(_overrides.IsEmpty ? SharedBuiltins : TemplateContext.GetDefaultBuiltinObject(), _overrides)
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

    /// <summary>The spec's objects by type name. Every file of a spec and its per-tag clients share the same objects, so it is built once.</summary>
    /// <remarks>A user's template could write to the dictionary; it then gets its own copy for each file, as the built-in templates never write.</remarks>
    private Dictionary<string, object> ObjectsByName(ApiModel model)
    {
        var objects = _objectsByName ??= model.Objects.ToDictionary(o => TypeSyntax.Name(o.Type), o => (object)o, StringComparer.Ordinal);
        return _overrides.IsEmpty ? objects : new Dictionary<string, object>(objects, StringComparer.Ordinal);
    }

    private static ScriptObject ImportFunctions()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(TemplateFunctions));
        functions.Import(typeof(RequestExpressions));
        functions.Import(typeof(SecuritySchemeTexts));
        functions.Import(typeof(JsonExpressions));
        DirectTemplateFunction.ReplaceReflectiveCalls(functions);
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
}
