using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Scriban;

namespace CodeGen.Generator.Emit;

/// <summary>Functions the templates call (as <c>summary</c>, <c>param</c>, <c>xml</c>, <c>literal</c>, <c>string_array</c>, <c>type</c> and <c>json_type</c>).</summary>
/// <remarks>
/// Scriban hands each function the render's context first. The templates call them once per documented member, so
/// they check the render's cancellation: a model of tens of thousands of members renders in one loop.
/// </remarks>
internal static class TemplateFunctions
{
    /// <summary>A <c>&lt;summary&gt;</c> block from doc lines (escaped here), or from <paramref name="fallback"/> when there are none.</summary>
    public static string Summary(TemplateContext context, object lines, string fallback, string indent)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        return Block(indent, "<summary>", "</summary>", Lines(lines, fallback));
    }

    /// <summary>A <c>&lt;remarks&gt;</c> block, or nothing when there are no lines.</summary>
    public static string Remarks(TemplateContext context, object lines, string indent)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        var items = EscapedInPlace(Strings(lines));
        return items.Length == 0 ? string.Empty : Block(indent, "<remarks>", "</remarks>", items) + "\n";
    }

    /// <summary>A <c>&lt;param&gt;</c> block.</summary>
    public static string Param(TemplateContext context, string name, object lines, string indent)
    {
        context.CancellationToken.ThrowIfCancellationRequested();
        return Block(indent, "<param name=\"" + name.TrimStart('@') + "\">", "</param>", Lines(lines, name));
    }

    /// <summary>Text as a quoted C# string literal.</summary>
    public static string Literal(string text) => Literals.String(text);

    /// <summary>A <c>string[]</c> expression holding <paramref name="values"/> (<c>Array.Empty</c> when there are none).</summary>
    public static string StringArray(IEnumerable values)
    {
        var items = Strings(values);
        if (items.Length == 0)
        {
            return "global::System.Array.Empty<string>()";
        }

        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Literals.String(items[i]);
        }

        return "new string[] { " + string.Join(", ", items) + " }";
    }

    /// <summary>A type as C# declares it: <c>T?</c> when the use may hold no value.</summary>
    public static string Type(TypeRef type) => TypeSyntax.Of(type);

    /// <summary>The type whose JSON metadata serializes a use: <c>T?</c> only for a nullable value type.</summary>
    public static string JsonType(TypeRef type) => TypeSyntax.Json(type);

    /// <summary>
    /// <see cref="Type"/> for code inside <paramref name="localNamespace"/>, naming that namespace's types without it:
    /// only where a name can mean nothing but a type (a type argument, <c>typeof</c>, <c>new</c>, a declaration).
    /// </summary>
    public static string LocalType(TypeRef type, string localNamespace) => TypeSyntax.Of(type, localNamespace);

    /// <summary><see cref="JsonType"/> for code inside <paramref name="localNamespace"/>, as <see cref="LocalType"/>.</summary>
    public static string LocalJsonType(TypeRef type, string localNamespace) => TypeSyntax.Json(type, localNamespace);

    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string Xml(string text) => Literals.EscapeXml(text);

    private static string[] Lines(object lines, string fallback)
    {
        var items = Strings(lines);
        if (items.Length == 0)
        {
            items = DocText.Lines(fallback);
        }

        return EscapedInPlace(items);
    }

    // Every caller passes an array of its own: escaped in place rather than copied.
    private static string[] EscapedInPlace(string[] items)
    {
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Literals.EscapeXml(items[i]);
        }

        return items;
    }

    /// <summary>A copy of the strings a template passed, which the caller may overwrite.</summary>
    /// <remarks>The model's arrays are copied by index; anything else a user's template passes is enumerated, and a non-string in it fails as a cast.</remarks>
    private static string[] Strings(object values)
    {
        if (values is IReadOnlyList<string> list)
        {
            var copy = new string[list.Count];
            for (var i = 0; i < copy.Length; i++)
            {
                copy[i] = list[i];
            }

            return copy;
        }

        return ((IEnumerable)values).Cast<string>().ToArray();
    }

    private static string Block(string indent, string open, string close, string[] lines)
    {
        if (lines.Length == 1)
        {
            return indent + "/// " + open + lines[0] + close;
        }

        var builder = new StringBuilder();
        builder.Append(indent).Append("/// ").Append(open).Append('\n');
        foreach (var line in lines)
        {
            builder.Append(indent).Append("///");
            if (line.Length > 0)
            {
                builder.Append(' ').Append(line);
            }

            builder.Append('\n');
        }

        builder.Append(indent).Append("/// ").Append(close);
        return builder.ToString();
    }
}
