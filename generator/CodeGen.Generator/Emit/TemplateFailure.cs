using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Input;
using Scriban.Parsing;
using Scriban.Syntax;
using FileSpan = CodeGen.Generator.Diagnostics.SourceSpan;

namespace CodeGen.Generator.Emit;

/// <summary>A user's template that does not parse or fails while rendering, as diagnostics located in the template file.</summary>
internal sealed class TemplateFailure(EquatableArray<DiagnosticInfo> diagnostics) : Exception("A template failed")
{
    public EquatableArray<DiagnosticInfo> Diagnostics { get; } = diagnostics;

    public static TemplateFailure FromParse(string templateName, IEnumerable<LogMessage> messages, string specPath, TemplateFile file) =>
        new(messages.Where(m => m.Type == ParserMessageType.Error)
            .Select(m => Locate(templateName, m.Message, m.Span, new TemplateSet(new EquatableArray<TemplateFile>(new[] { file })), specPath))
            .ToEquatableArray());

    public static TemplateFailure From(ScriptRuntimeException exception, string templateName, TemplateSet overrides, string specPath)
    {
        // An include that does not parse fails at the include; its parser messages say where the error is.
        if (exception is ScriptParserRuntimeException parse && parse.ParserMessages.HasErrors)
        {
            return new(parse.ParserMessages.Where(m => m.Type == ParserMessageType.Error)
                .Select(m => Locate(NameOf(m.Span.FileName, overrides, templateName), m.Message, m.Span, overrides, specPath))
                .ToEquatableArray());
        }

        var span = exception.Span;
        return new(new EquatableArray<DiagnosticInfo>(new[] { Locate(NameOf(span.FileName, overrides, templateName), exception.OriginalMessage, span, overrides, specPath) }));
    }

    private static string NameOf(string? fileName, TemplateSet overrides, string fallback) =>
        fileName is null ? fallback : overrides.FindByPath(fileName)?.Name ?? System.IO.Path.GetFileNameWithoutExtension(fileName);

    private static DiagnosticInfo Locate(string templateName, string message, Scriban.Parsing.SourceSpan span, TemplateSet overrides, string specPath)
    {
        if (span.FileName is { } fileName && overrides.FindByPath(fileName) is { } file)
        {
            var location = new FileSpan(
                span.Start.Offset,
                Math.Max(0, span.End.Offset - span.Start.Offset + 1),
                span.Start.Line,
                span.Start.Column,
                span.End.Line,
                span.End.Column + 1);
            return DiagnosticInfo.Create(DiagnosticDescriptors.TemplateError, file.Path, location, templateName, message);
        }

        // A built-in template failing only because an override fed it something: the spec is the place to look from.
        var place = span.FileName is null ? string.Empty : " (" + span.FileName + " " + (span.Start.Line + 1) + "," + (span.Start.Column + 1) + ")";
        return DiagnosticInfo.Create(DiagnosticDescriptors.TemplateError, specPath, FileSpan.None, templateName, message + place);
    }
}
