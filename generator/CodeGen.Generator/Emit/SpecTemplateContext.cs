using System;
using System.Collections;
using System.Threading.Tasks;
using CodeGen.Generator.Input;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CodeGen.Generator.Emit;

/// <summary>The template context of one spec's renders: built-in partials come parsed, and arguments that already fit pass straight through.</summary>
/// <remarks>
/// Scriban caches an included template per context, and a context lives for one spec: without this every spec would
/// read and parse each built-in partial again. A partial the spec's folder overrides is not built in here, so it is
/// loaded and parsed from the user's file as before, and its errors point there.
/// </remarks>
internal sealed class SpecTemplateContext(ScriptObject builtins, TemplateSet overrides) : TemplateContext(builtins)
{
    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        BuiltIn(templatePath) ?? base.CreateTemplate(templatePath, callerContext);

    protected override ValueTask<Template> CreateTemplateAsync(string templatePath, ScriptNode? callerContext) =>
        BuiltIn(templatePath) is { } template ? new(template) : base.CreateTemplateAsync(templatePath, callerContext);

    /// <summary>Skips Scriban's reflective checks for a value that is already what the function takes.</summary>
    /// <remarks>
    /// The base conversion returns such a value unchanged: an exact type first thing, and for <see cref="object"/> or
    /// <see cref="IEnumerable"/> after finding it neither an enum, convertible, primitive nor wanted as an
    /// <see cref="IList"/>. A value that converts itself (<see cref="IScriptConvertibleTo"/>) and null, which becomes
    /// a default, still go through it.
    /// </remarks>
    public override object? ToObject(SourceSpan span, object? value, Type destinationType)
    {
        if (value is not null and not IScriptConvertibleTo
            && (destinationType == typeof(object) || destinationType == value.GetType() || (destinationType == typeof(IEnumerable) && value is IEnumerable)))
        {
            return value;
        }

        return base.ToObject(span, value, destinationType);
    }

    /// <summary>The shared parse of a built-in partial at <paramref name="templatePath"/>, unless a file of the spec's folder answers to that path.</summary>
    private Template? BuiltIn(string templatePath) =>
        overrides.FindByPath(templatePath) is null ? BuiltInTemplates.Partial(templatePath) : null;
}
