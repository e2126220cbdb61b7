using System;
using CodeGen.Generator.Emit;
using CodeGen.Generator.Helpers;
using Scriban;
using Scriban.Runtime;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>The doc and array functions take the model's arrays and a template's own arrays alike, and escape a copy, never the model.</summary>
public sealed class TemplateFunctionInputTests
{
    private static readonly TemplateContext Context = new();

    [Fact]
    public void Escaping_a_model_array_leaves_the_model_as_it_was()
    {
        var lines = new EquatableArray<string>(new[] { "a < b", "c & d" });

        var first = TemplateFunctions.Summary(Context, lines, "fallback", "    ");
        var second = TemplateFunctions.Remarks(Context, lines, string.Empty);

        Assert.Equal("    /// <summary>\n    /// a &lt; b\n    /// c &amp; d\n    /// </summary>", first);
        Assert.Equal("/// <remarks>\n/// a &lt; b\n/// c &amp; d\n/// </remarks>\n", second);
        Assert.Equal(new[] { "a < b", "c & d" }, lines);
        Assert.Equal("new string[] { \"a < b\", \"c & d\" }", TemplateFunctions.StringArray(lines));
        Assert.Equal(new[] { "a < b", "c & d" }, lines);
    }

    [Fact]
    public void A_template_array_gives_the_text_a_model_array_gives()
    {
        var model = new EquatableArray<string>(new[] { "one <x>", string.Empty, "two" });
        var template = new ScriptArray { "one <x>", string.Empty, "two" };

        Assert.Equal(TemplateFunctions.Summary(Context, model, "f", "  "), TemplateFunctions.Summary(Context, template, "f", "  "));
        Assert.Equal(TemplateFunctions.Param(Context, "@p", model, "  "), TemplateFunctions.Param(Context, "@p", template, "  "));
        Assert.Equal(TemplateFunctions.Remarks(Context, model, "  "), TemplateFunctions.Remarks(Context, template, "  "));
        Assert.Equal(TemplateFunctions.StringArray(model), TemplateFunctions.StringArray(template));
    }

    [Fact]
    public void Empty_lines_fall_back_and_an_empty_array_is_array_empty()
    {
        Assert.Equal("/// <summary>The fallback.</summary>", TemplateFunctions.Summary(Context, EquatableArray<string>.Empty, "The fallback.", string.Empty));
        Assert.Equal(string.Empty, TemplateFunctions.Remarks(Context, new ScriptArray(), string.Empty));
        Assert.Equal("global::System.Array.Empty<string>()", TemplateFunctions.StringArray(EquatableArray<string>.Empty));
    }

    [Fact]
    public void A_template_array_holding_a_number_fails_as_a_cast()
    {
        Assert.Throws<InvalidCastException>(() => TemplateFunctions.StringArray(new ScriptArray { "a", 1 }));
    }
}
