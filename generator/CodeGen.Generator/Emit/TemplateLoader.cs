using System.Threading.Tasks;
using CodeGen.Generator.Input;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace CodeGen.Generator.Emit;

/// <summary>Resolves <c>include</c>: the spec's override of that name, else the embedded template; nothing else.</summary>
/// <remarks>
/// An override's path is its full file path, so Scriban tags every span parsed from it with the file a
/// diagnostic should point at. Names never reach the file system: a template cannot read files by including them.
/// </remarks>
internal sealed class TemplateLoader(TemplateSet overrides) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
        overrides.Find(templateName)?.Path ?? templateName;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        overrides.FindByPath(templatePath)?.Text
        ?? BuiltInTemplates.Read(templatePath)
        ?? throw new ScriptRuntimeException(callerSpan, "There is no template '" + templatePath + "': an include names a built-in template or a .sbncs file in the spec's template folder, without the extension");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Load(context, callerSpan, templatePath));
}
