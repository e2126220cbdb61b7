using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using CodeGen.Runtime.Json;
using Xunit;

namespace CodeGen.Runtime.Tests.Json;

/// <summary>A type an <c>OpenApiTypeMapping</c> puts in place of a schema is written by the converter its attribute names.</summary>
public sealed class MappedTypeTests
{
    private static readonly JsonSerializerOptions Options = new();

    [Fact]
    public void The_attributes_converter_is_used()
    {
        var converter = MappedType.Converter<Code>(Options);

        Assert.IsType<CodeConverter>(converter);
    }

    [Fact]
    public void A_factory_named_by_the_attribute_makes_the_converter_for_the_type()
    {
        var converter = MappedType.Converter<Tagged>(Options);

        Assert.IsType<TaggedFactory.Converter>(converter);
    }

    [Fact]
    public void A_type_without_the_attribute_fails_naming_the_type_and_what_to_add()
    {
        var failure = Assert.Throws<NotSupportedException>(() => MappedType.Converter<Plain>(Options));

        Assert.Contains(typeof(Plain).FullName!, failure.Message, StringComparison.Ordinal);
        Assert.Contains("[JsonConverter(typeof(...))]", failure.Message, StringComparison.Ordinal);
    }

    [JsonConverter(typeof(CodeConverter))]
    private sealed record Code(string Value);

    private sealed class CodeConverter : JsonConverter<Code>
    {
        public override Code Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, Code value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
    }

    [JsonConverter(typeof(TaggedFactory))]
    private sealed record Tagged(string Tag);

    private sealed class TaggedFactory : JsonConverterFactory
    {
        public override bool CanConvert(Type typeToConvert) => typeToConvert == typeof(Tagged);

        public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) => new Converter();

        public sealed class Converter : JsonConverter<Tagged>
        {
            public override Tagged Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString()!);

            public override void Write(Utf8JsonWriter writer, Tagged value, JsonSerializerOptions options) => writer.WriteStringValue(value.Tag);
        }
    }

    private sealed record Plain(string Value);
}
