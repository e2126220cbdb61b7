using System;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>oneOf/anyOf values read into the alternative they match and write back unchanged, through the generated metadata.</summary>
public sealed class UnionTests
{
    private static readonly Lazy<GeneratedCode> Code = new(() => GeneratedCode.Compile(
        Spec.FromFile("Specs/unions.yaml", "Unions", "UnionsClient").With("KeepUnusedSchemas", "true"),
        """
        using System.Text.Json;
        using Unions;

        public static class Probe
        {
            public static string Pet(string json)
            {
                var pet = JsonSerializer.Deserialize(json, UnionsClientJsonContext.Default.Pet)!;
                var which = pet.Cat is { } cat ? "cat:" + cat.Lives : pet.Dog is { } dog ? "dog:" + dog.Bark : "raw:" + pet.Json;
                return which + "|" + JsonSerializer.Serialize(pet, UnionsClientJsonContext.Default.Pet);
            }

            public static string Drawing(string json)
            {
                var drawing = JsonSerializer.Deserialize(json, UnionsClientJsonContext.Default.Drawing)!;
                var shapes = string.Join(",", drawing.Shapes!.ConvertAll(s => s.Circle is { } c ? "circle " + c.Radius : s.Square is { } q ? "square " + q.Side : "raw " + s.Json));
                var label = drawing.Label is null ? "no label" : drawing.Label.String ?? drawing.Label.Int64?.ToString();
                return shapes + "|" + label + "|" + JsonSerializer.Serialize(drawing, UnionsClientJsonContext.Default.Drawing);
            }

            public static string Build()
            {
                Pet pet = new Cat { Kind = "cat", Lives = 9 };
                return JsonSerializer.Serialize(new Drawing { Owner = pet, Label = new DrawingLabel(42L) }, UnionsClientJsonContext.Default.Drawing);
            }
        }
        """));

    [Theory]
    [InlineData("""{"kind":"cat","lives":7}""", "cat:7|{\"kind\":\"cat\",\"lives\":7}")]
    [InlineData("""{"kind":"doggo","bark":"woof"}""", "dog:woof|{\"kind\":\"doggo\",\"bark\":\"woof\"}")]
    [InlineData("""{"kind":"parrot","words":3}""", "raw:{\"kind\":\"parrot\",\"words\":3}|{\"kind\":\"parrot\",\"words\":3}")]
    public void The_discriminator_picks_the_alternative_and_an_unknown_one_is_kept(string json, string expected)
    {
        Assert.Equal(expected, Code.Value.Call<string>("Pet", json));
    }

    [Fact]
    public void Without_a_discriminator_the_required_properties_decide_and_scalars_match_by_kind()
    {
        var result = Code.Value.Call<string>("Drawing", """{"shapes":[{"side":2},{"radius":1.5},{"corners":5}],"label":12}""");

        Assert.Equal("square 2,circle 1.5,raw {\"corners\":5}|12|{\"shapes\":[{\"side\":2},{\"radius\":1.5},{\"corners\":5}],\"label\":12}", result);
    }

    [Fact]
    public void A_string_label_and_a_null_label_are_read_as_such()
    {
        Assert.StartsWith("|hello|", Code.Value.Call<string>("Drawing", """{"shapes":[],"label":"hello"}"""), StringComparison.Ordinal);
        Assert.StartsWith("|no label|", Code.Value.Call<string>("Drawing", """{"shapes":[],"label":null}"""), StringComparison.Ordinal);
    }

    [Fact]
    public void Values_convert_implicitly_into_the_union_when_building_a_request()
    {
        Assert.Equal("""{"label":42,"owner":{"kind":"cat","lives":9}}""", Code.Value.Call<string>("Build"));
    }
}
