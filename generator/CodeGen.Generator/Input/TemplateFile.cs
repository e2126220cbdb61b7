namespace CodeGen.Generator.Input;

/// <summary>One <c>OpenApiTemplate</c> file: a template that replaces the built-in one of the same name for the specs using its folder.</summary>
/// <param name="Folder">The folder as MSBuild resolved it; specs name the same string.</param>
/// <param name="Name">The file name without <c>.sbncs</c>: what a spec's emit or an <c>include</c> asks for.</param>
/// <param name="Path">The full path, where template errors are reported.</param>
/// <param name="Text">The template's text.</param>
internal sealed record TemplateFile(string Folder, string Name, string Path, string Text);
