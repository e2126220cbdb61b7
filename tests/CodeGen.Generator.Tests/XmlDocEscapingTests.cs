using CodeGen.Generator.Emit;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>Doc text escaped for one line of an XML doc comment, wherever in the line the character to escape stands.</summary>
public sealed class XmlDocEscapingTests
{
    [Theory]
    [InlineData("a < b", "a &lt; b")]
    [InlineData("x>", "x&gt;")]
    [InlineData("&", "&amp;")]
    [InlineData("one\ntwo\rthree\u0085four\u2028five\u2029six", "one two three four five six")]
    [InlineData("bell\u0007", "bell\uFFFD")]
    [InlineData("delete\u007F", "delete&#x7F;")]
    [InlineData("reads \u202Ebackwards", "reads &#x202E;backwards")]
    [InlineData("arabic mark \u061C", "arabic mark &#x61C;")]
    public void Each_character_that_could_break_the_comment_is_escaped(string text, string expected) =>
        Assert.Equal(expected, Literals.EscapeXml(text));

    [Fact]
    public void Half_a_surrogate_pair_and_the_noncharacters_are_replaced_and_a_whole_pair_is_kept()
    {
        // Built here rather than as theory data: half a pair does not survive being written out as test data.
        Assert.Equal("half \uFFFD pair", Literals.EscapeXml("half \uD83D pair"));
        Assert.Equal("low \uFFFD", Literals.EscapeXml("low \uDE00"));
        Assert.Equal("end\uFFFD\uFFFD", Literals.EscapeXml("end\uFFFE\uFFFF"));
        Assert.Equal("tab\tand pair \uD83D\uDE00 &amp; more", Literals.EscapeXml("tab\tand pair \uD83D\uDE00 & more"));
        Assert.Equal("pair \uD83D\uDE00", Literals.EscapeXml("pair \uD83D\uDE00"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("plain text, with punctuation: (a) [b] {c} \"d\" 'e'")]
    [InlineData("tab\tand accents \u00E9 \u00DF \u4E2D\u6587")]
    public void Text_with_nothing_to_escape_is_returned_as_it_is(string text) =>
        Assert.Same(text, Literals.EscapeXml(text));
}
