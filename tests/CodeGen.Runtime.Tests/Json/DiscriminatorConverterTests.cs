using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CodeGen.Runtime.Json;
using Xunit;

namespace CodeGen.Runtime.Tests.Json;

public sealed class DiscriminatorConverterTests
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    [Fact]
    public void The_discriminator_is_found_after_nested_values_that_have_a_property_of_the_same_name()
    {
        var json = """{"inner":{"kind":"base"},"list":[{"kind":"base"}],"name":"n","kind":"derived","extra":2}""";

        var value = JsonSerializer.Deserialize<Animal>(json, Options);

        var derived = Assert.IsType<Dog>(value);
        Assert.Equal(("n", 2), (derived.Name, derived.Extra));
    }

    [Theory]
    [InlineData("""{"kind":null,"name":"n"}""")]
    [InlineData("""{"name":"n"}""")]
    [InlineData("""{"kind":"unknown","name":"n"}""")]
    public void A_missing_unknown_or_non_string_discriminator_reads_as_the_base(string json)
    {
        var value = JsonSerializer.Deserialize<Animal>(json, Options);

        Assert.Equal(typeof(Animal), value!.GetType());
        Assert.Equal("n", value.Name);
    }

    [Fact]
    public void A_derived_value_written_through_the_base_keeps_its_own_properties()
    {
        var json = JsonSerializer.Serialize<Animal>(new Dog { Kind = "derived", Name = "n", Extra = 3 }, Options);

        Assert.Equal("""{"Extra":3,"Kind":"derived","Name":"n"}""", json);
    }

    [Fact]
    public void The_reader_continues_after_the_value_in_a_list()
    {
        var values = JsonSerializer.Deserialize<List<Animal>>("""[{"kind":"derived","name":"a"},{"name":"b"}]""", Options)!;

        Assert.Equal(new[] { typeof(Dog), typeof(Animal) }, values.ConvertAll(v => v.GetType()));
    }

    [Fact]
    public void A_type_that_does_not_derive_from_the_base_is_refused()
    {
        var own = (JsonTypeInfo<Animal>)new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() }.GetTypeInfo(typeof(Animal));

        Assert.Throws<ArgumentException>(() => new DiscriminatorConverter<Animal>(own, "kind", new[] { KeyValuePair.Create("x", typeof(string)) }));
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var plain = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), PropertyNameCaseInsensitive = true };
        var own = (JsonTypeInfo<Animal>)plain.GetTypeInfo(typeof(Animal));
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver(), PropertyNameCaseInsensitive = true };
        options.Converters.Add(new DiscriminatorConverter<Animal>(own, "kind", new[] { KeyValuePair.Create("derived", typeof(Dog)) }));
        return options;
    }

    public class Animal
    {
        public string? Kind { get; set; }

        public string? Name { get; set; }
    }

    public sealed class Dog : Animal
    {
        public int Extra { get; set; }
    }
}
