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

    [Fact]
    public void A_type_the_serializer_supports_itself_is_written_by_its_built_in_converter()
    {
        var id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

        Assert.Equal("\"0f8fad5b-d9cb-469f-a165-70867728950e\"", Write(MappedType.Converter<Guid>(Options), id));
        Assert.Equal("\"2024-02-29\"", Write(MappedType.Converter<DateOnly>(Options), new DateOnly(2024, 2, 29)));
        Assert.Equal("\"https://example.com/a\"", Write(MappedType.Converter<Uri>(Options), new Uri("https://example.com/a")));
        Assert.Equal("{\"a\":1}", Write(MappedType.Converter<JsonElement>(Options), JsonDocument.Parse("{\"a\":1}").RootElement));
        Assert.Equal("\"1.2.3\"", Write(MappedType.Converter<Version>(Options), new Version(1, 2, 3)));
    }

    [Fact]
    public void A_converter_in_the_options_comes_before_the_attribute_and_the_built_in_one()
    {
        var options = new JsonSerializerOptions { Converters = { new OtherCodeConverter(), new GuidAsNumberConverter() } };

        Assert.IsType<OtherCodeConverter>(MappedType.Converter<Code>(options));
        Assert.IsType<GuidAsNumberConverter>(MappedType.Converter<Guid>(options));
    }

    private static string Write<T>(JsonConverter<T> converter, T value)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            converter.Write(writer, value, Options);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private sealed class OtherCodeConverter : JsonConverter<Code>
    {
        public override Code Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, Code value, JsonSerializerOptions options) => writer.WriteStringValue("other:" + value.Value);
    }

    private sealed class GuidAsNumberConverter : JsonConverter<Guid>
    {
        public override Guid Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => Guid.Empty;

        public override void Write(Utf8JsonWriter writer, Guid value, JsonSerializerOptions options) => writer.WriteNumberValue(0);
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
