using System;
using System.Collections;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using CodeGen.Generator.Emit;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Input;
using CodeGen.Generator.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>The generator's template context converts every argument exactly as Scriban's own context does.</summary>
public sealed class TemplateConversionTests
{
    private static readonly object?[] Values =
    {
        null,
        string.Empty,
        "text",
        "42",
        1,
        1L,
        1.5,
        1.5m,
        true,
        'c',
        new object(),
        new ScriptArray { 1, "a" },
        new ScriptObject { ["a"] = 1 },
        new[] { "a", "b" },
        new List<string> { "a" },
        ImmutableArray.Create("a", "b"),
        new EquatableArray<string>(new[] { "a" }),
        TypeRef.Of(TypeRefKind.String),
        ParameterLocation.Cookie,
        DayOfWeek.Monday,
        new DateTime(2000, 1, 2, 3, 4, 5, DateTimeKind.Utc),
    };

    private static readonly Type[] Destinations =
    {
        typeof(object),
        typeof(IEnumerable),
        typeof(IEnumerable<string>),
        typeof(IList),
        typeof(string),
        typeof(int),
        typeof(int?),
        typeof(long),
        typeof(double),
        typeof(decimal),
        typeof(bool),
        typeof(bool?),
        typeof(char),
        typeof(string[]),
        typeof(ScriptArray),
        typeof(ScriptObject),
        typeof(IScriptObject),
        typeof(TypeRef),
        typeof(ParameterLocation),
        typeof(ParameterLocation?),
        typeof(DateTime),
        typeof(TemplateContext),
    };

    [Fact]
    public void Every_value_converts_to_every_type_as_Scriban_converts_it()
    {
        var scriban = new TemplateContext();
        var generator = new SpecTemplateContext(TemplateContext.GetDefaultBuiltinObject(), TemplateSet.Empty);

        var differences = (
            from value in Values
            from destination in Destinations
            let expected = Outcome(scriban, value, destination)
            let actual = Outcome(generator, value, destination)
            where expected != actual
            select (value?.GetType().Name ?? "null") + " -> " + destination.Name + ": " + expected + " but " + actual).ToList();

        Assert.Empty(differences);
    }

    [Fact]
    public void An_argument_that_already_fits_is_passed_as_it_is()
    {
        var generator = new SpecTemplateContext(TemplateContext.GetDefaultBuiltinObject(), TemplateSet.Empty);
        var lines = new EquatableArray<string>(new[] { "a" });
        var type = TypeRef.Of(TypeRefKind.String);

        Assert.Same(type, generator.ToObject(default, type, typeof(TypeRef)));
        Assert.Same("text", generator.ToObject(default, "text", typeof(string)));
        Assert.Equal(lines, generator.ToObject(default, lines, typeof(object)));
    }

    /// <summary>What a conversion gave: the value itself, another value (by type and text), or the exception it threw.</summary>
    private static string Outcome(TemplateContext context, object? value, Type destination)
    {
        object? result;
        try
        {
            result = context.ToObject(new SourceSpan("test", default, default), value, destination);
        }
        catch (Exception exception)
        {
            return "throws " + exception.GetType().Name + ": " + exception.Message;
        }

        if (result is null)
        {
            return "null";
        }

        if (ReferenceEquals(result, value))
        {
            return "the value";
        }

        var text = result is IEnumerable items and not string ? string.Join(",", items.Cast<object?>()) : result.ToString();
        return result.GetType().Name + " " + text;
    }
}
