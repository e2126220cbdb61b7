using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Threading.Tasks;
using CodeGen.Generator.Input;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
using Scriban.Syntax;

namespace CodeGen.Generator.Emit;

/// <summary>The template context of one spec's renders: built-in partials come parsed, how to read each type is looked up once per process, and arguments that already fit pass straight through.</summary>
/// <remarks>
/// Scriban caches an included template and each type's accessors per context, and a context lives for one spec:
/// without this every spec would parse each built-in partial and reflect over every model type again. A partial the
/// spec's folder overrides is not built in here, so it is loaded and parsed from the user's file as before, and its
/// errors point there.
/// </remarks>
internal sealed class SpecTemplateContext(ScriptObject builtins, TemplateSet overrides) : TemplateContext(builtins)
{
    // Scriban picks an accessor by the value's type and the context's member filter, renamer and key comparer, which
    // every context here leaves as they are; the accessors keep nothing of a render. So one found is good for all.
    private static readonly ConcurrentDictionary<Type, IObjectAccessor?> MemberAccessors = new();

    // Scriban keeps only the list accessors it finds: a type that is not a list (a model, a dictionary) is asked again on every index.
    private static readonly ConcurrentDictionary<Type, IListAccessor?> ListAccessors = new();

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        BuiltIn(templatePath) ?? base.CreateTemplate(templatePath, callerContext);

    protected override ValueTask<Template> CreateTemplateAsync(string templatePath, ScriptNode? callerContext) =>
        BuiltIn(templatePath) is { } template ? new(template) : base.CreateTemplateAsync(templatePath, callerContext);

    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        HasDefaultMemberSettings ? MemberAccessors.GetOrAdd(target.GetType(), _ => base.GetMemberAccessorImpl(target)) : base.GetMemberAccessorImpl(target);

    protected override IListAccessor? GetListAccessorImpl(object target, Type type) =>
        ListAccessors.GetOrAdd(type, _ => base.GetListAccessorImpl(target, type));

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

    private bool HasDefaultMemberSettings => MemberFilter is null && MemberRenamer == StandardMemberRenamer.Default;

    /// <summary>The shared parse of a built-in partial at <paramref name="templatePath"/>, unless a file of the spec's folder answers to that path.</summary>
    private Template? BuiltIn(string templatePath) =>
        overrides.FindByPath(templatePath) is null ? BuiltInTemplates.Partial(templatePath) : null;
}
