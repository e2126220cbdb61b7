using System;
using System.Linq;
using CodeGen.Generator.Diagnostics;
using CodeGen.Generator.Reading;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>Where a JSON spec's diagnostics land: pointers placed in one pass over the text.</summary>
public class JsonPointerLocatorTests
{
    private const string Text = """
        {
          "openapi": "3.1.0",
          "paths": {
            "/a/{id}": { "get": { "responses": { "200": { "description": "ok" } } } },
            "/b~c": { "post": { "tags": ["one", "two", { "deep": [1, 2, 3] }] } }
          },
          // comments and trailing commas are read as the reader reads them
          "components": { "schemas": { "Pet": { "type": "object", "required": ["id",], "x-\u002Fslash": true } } },
        }
        """;

    [Fact]
    public void A_key_is_placed_on_its_name_and_colon_and_a_value_on_its_value()
    {
        var spans = Locate(("/paths/~1a~1{id}/get", true), ("/paths/~1a~1{id}/get", false), ("/openapi", false));

        AssertAt(spans[0], "\"get\"", "\"get\":".Length);
        AssertAt(spans[1], "{ \"responses\"", "{ \"responses\": { \"200\": { \"description\": \"ok\" } } }".Length);
        AssertAt(spans[2], "\"3.1.0\"", "\"3.1.0\"".Length);
    }

    [Fact]
    public void Array_items_are_found_by_index_and_have_no_key()
    {
        var spans = Locate(("/paths/~1b~0c/post/tags/1", true), ("/paths/~1b~0c/post/tags/2/deep/2", true), ("/components/schemas/Pet/required/0", false));

        AssertAt(spans[0], "\"two\"", "\"two\"".Length);
        AssertAt(spans[1], "3] }", 1);
        AssertAt(spans[2], "\"id\",]", "\"id\"".Length);
    }

    [Fact]
    public void A_missing_node_gets_the_place_of_its_nearest_ancestor_and_an_escaped_key_is_found_by_its_value()
    {
        var spans = Locate(("/components/schemas/Pet/properties/name", true), ("/components/schemas/Pet/x-~1slash", true), ("/nothing/here", false));

        AssertAt(spans[0], "\"Pet\"", "\"Pet\":".Length);
        AssertAt(spans[1], "\"x-\\u002Fslash\"", "\"x-\\u002Fslash\":".Length);
        Assert.Equal(0, spans[2].Start);
        Assert.Equal(Text.Length, spans[2].Length);
    }

    [Fact]
    public void The_text_read_before_a_syntax_error_is_placed_and_the_rest_falls_back_to_the_root()
    {
        var broken = "{\n  \"a\": { \"b\": 1 },\n  \"c\": [1, \n";
        var spans = JsonPointerLocator.Locate(broken, new[] { ("/a/b", true), ("/c/0", false) }, TestContext.Current.CancellationToken);

        Assert.Equal(new SourceSpan(broken.IndexOf("\"b\"", StringComparison.Ordinal), 4, 1, 9, 1, 13), spans[0]);
        Assert.Equal(new SourceSpan(broken.IndexOf("1, ", StringComparison.Ordinal), 1, 2, 8, 2, 9), spans[1]);
    }

    [Fact]
    public void Places_count_columns_in_UTF16_units_after_wide_characters()
    {
        var text = "{ \"t\u00E9\u4E2D\uD83D\uDE00\": { \"x\": 1 } }";
        var spans = JsonPointerLocator.Locate(text, new[] { ("/t\u00E9\u4E2D\uD83D\uDE00/x", true) }, TestContext.Current.CancellationToken);

        var start = text.IndexOf("\"x\"", StringComparison.Ordinal);
        Assert.Equal(new SourceSpan(start, 4, 0, start, 0, start + 4), spans[0]);
    }

    private static SourceSpan[] Locate(params (string Pointer, bool AtKey)[] wanted) => JsonPointerLocator.Locate(Text, wanted, TestContext.Current.CancellationToken);

    private static void AssertAt(SourceSpan span, string textAtStart, int length)
    {
        var start = Text.IndexOf(textAtStart, StringComparison.Ordinal);
        Assert.True(start >= 0, textAtStart);
        var line = Text.Take(start).Count(c => c == '\n');
        var column = start - (Text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1);
        Assert.Equal((start, length, line, column), (span.Start, span.Length, span.StartLine, span.StartColumn));
    }
}
