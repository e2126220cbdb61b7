using System;
using System.Linq;
using CodeGen.Generator.Emit;
using CodeGen.Generator.Model;
using Scriban;
using Scriban.Runtime;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>Template functions called through typed delegates behave as Scriban's reflective calls of the same methods.</summary>
public sealed class DirectTemplateFunctionTests
{
    private const string Calls =
        "{{ type t }}|{{ json_type n }}|{{ local_type l \"Api.Models\" }}|{{ summary lines \"fallback\" \"  \" }}|{{ summary empty \"said <once>\" \"\" }}|" +
        "{{ param \"@event\" lines \"    \" }}|{{ remarks lines \"\" }}|{{ string_array lines }}|{{ xml \"a < b & c\" }}|{{ literal \"q\\\"\" }}|{{ http_method \"PATCH\" }}";

    [Fact]
    public void Every_function_Scriban_would_call_by_reflection_is_called_directly()
    {
        var functions = Functions(direct: true);

        var kinds = functions.GetMembers().ToDictionary(name => name, name => functions[name]!.GetType());

        Assert.DoesNotContain(kinds, entry => entry.Value == typeof(DelegateCustomFunction));
        Assert.Equal(typeof(DirectTemplateFunction), kinds["summary"]);
        Assert.Equal(typeof(DirectTemplateFunction), kinds["type"]);
        Assert.Equal(typeof(DirectTemplateFunction), kinds["query_add"]);
        Assert.Contains(Functions(direct: false).GetMembers(), name => Functions(direct: false)[name]!.GetType() == typeof(DelegateCustomFunction));
    }

    [Fact]
    public void Direct_calls_render_what_reflective_calls_render()
    {
        var reflective = Render(Calls, direct: false);

        var direct = Render(Calls, direct: true);

        Assert.Equal(reflective, direct);
        Assert.Contains("global::Api.Models.Pet", direct, StringComparison.Ordinal);
        Assert.Contains("/// <param name=\"event\">", direct, StringComparison.Ordinal);
        Assert.Contains("said &lt;once&gt;", direct, StringComparison.Ordinal);
    }

    [Fact]
    public void A_function_that_throws_reaches_the_template_with_the_same_exception()
    {
        var reflective = Record.Exception(() => Render("{{ summary missing \"f\" \"\" }}", direct: false));

        var direct = Record.Exception(() => Render("{{ summary missing \"f\" \"\" }}", direct: true));

        Assert.NotNull(reflective);
        Assert.Equal(reflective!.GetType(), direct?.GetType());
        Assert.Equal(reflective.Message, direct!.Message);
    }

    private static string Render(string text, bool direct)
    {
        var context = new TemplateContext { StrictVariables = false };
        context.PushGlobal(Functions(direct));
        context.PushGlobal(new ScriptObject
        {
            ["t"] = TypeRef.Generated("Api.Models", "Pet", false),
            ["n"] = TypeRef.Of(TypeRefKind.Int32).WithNullable(true),
            ["l"] = TypeRef.ListOf(TypeRef.Generated("Api.Models", "Pet", false)),
            ["lines"] = new[] { "First <line>", "Second & last" },
            ["empty"] = Array.Empty<string>(),
        });
        return Template.Parse(text).Render(context);
    }

    private static ScriptObject Functions(bool direct)
    {
        var functions = new ScriptObject();
        functions.Import(typeof(TemplateFunctions));
        functions.Import(typeof(RequestExpressions));
        functions.Import(typeof(SecuritySchemeTexts));
        functions.Import(typeof(JsonExpressions));
        if (direct)
        {
            DirectTemplateFunction.ReplaceReflectiveCalls(functions);
        }

        return functions;
    }
}
