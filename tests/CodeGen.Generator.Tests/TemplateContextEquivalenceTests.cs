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
using Scriban.Syntax;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>The generator's template context converts arguments and reads values exactly as Scriban's own context does.</summary>
public sealed class TemplateContextEquivalenceTests
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

    [Fact]
    public void Every_value_is_read_with_the_members_and_list_access_Scriban_gives_it_in_every_context()
    {
        var targets = Values.Where(v => v is not null).Cast<object>().Concat(new object[]
        {
            new Dictionary<string, object> { ["a"] = 1 },
            new Dictionary<int, string> { [1] = "a" },
            new Hashtable { ["a"] = 1 },
            new KeyValuePair<string, int>("a", 1),
            new ObjectModel("Pet", TypeRef.Generated("Pets", "Pet", false), new EquatableArray<string>(new[] { "A pet." }), false, EquatableArray<PropertyModel>.Empty),
        }).ToList();

        // Twice over, and from two contexts: what one context found must serve the next as Scriban would have served it.
        foreach (var generator in new[] { NewContext(), NewContext(), NewContext() })
        {
            var scriban = new TemplateContext();
            foreach (var target in targets.Concat(targets))
            {
                Assert.Equal(Members(scriban, target), Members(generator, target));
                Assert.Equal(ListAccess(scriban, target), ListAccess(generator, target));
            }
        }
    }

    private static SpecTemplateContext NewContext() => new(TemplateContext.GetDefaultBuiltinObject(), TemplateSet.Empty);

    private static string Members(TemplateContext context, object target)
    {
        var accessor = context.GetMemberAccessor(target);
        return accessor.GetType().Name + ": " + string.Join(",", accessor.GetMembers(context, default, target));
    }

    private static string ListAccess(TemplateContext context, object target)
    {
        try
        {
            var accessor = context.GetListAccessor(target);
            return accessor.GetType().Name + " " + accessor.GetLength(context, default, target);
        }
        catch (ScriptRuntimeException exception)
        {
            return "throws " + exception.Message;
        }
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
