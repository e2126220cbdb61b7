using System.Collections;
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
        var items = ((IEnumerable)lines).Cast<string>().Select(Literals.EscapeXml).ToArray();
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
        var items = values.Cast<string>().Select(Literals.String).ToArray();
        return items.Length == 0 ? "global::System.Array.Empty<string>()" : "new string[] { " + string.Join(", ", items) + " }";
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
        var items = ((IEnumerable)lines).Cast<string>().ToArray();
        if (items.Length == 0)
        {
            items = DocText.Lines(fallback);
        }

        // Both arrays are this call's own: escaped in place rather than copied.
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Literals.EscapeXml(items[i]);
        }

        return items;
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
