using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CodeGen.Runtime.Http;
using Xunit;

namespace CodeGen.Runtime.Tests.Json;

/// <summary>A parameter of a mapped type is written as its JSON value's text, never with ToString.</summary>
public sealed class ParameterJsonTextTests
{
    // Metadata made as the generated context makes it: no reflection-based resolver behind it.
    private static readonly JsonSerializerOptions Options = new() { TypeInfoResolver = JsonTypeInfoResolver.Combine() };

    private static readonly JsonTypeInfo<Code?> CodeInfo = JsonMetadataServices.CreateValueInfo<Code?>(Options, new CodeConverter());

    [Fact]
    public void A_string_number_and_boolean_are_their_json_text()
    {
        Assert.Equal("abc", ParameterFormatter.JsonText<Code?>(new Code("abc"), CodeInfo));
        Assert.Equal("7.5", ParameterFormatter.JsonText(7.5m, JsonMetadataServices.CreateValueInfo<decimal>(Options, JsonMetadataServices.DecimalConverter)));
        Assert.Equal("true", ParameterFormatter.JsonText(true, JsonMetadataServices.CreateValueInfo<bool>(Options, JsonMetadataServices.BooleanConverter)));
    }

    [Fact]
    public void A_list_is_written_item_by_item_and_a_null_item_stays_null_as_in_any_other_list()
    {
        var texts = ParameterFormatter.JsonTexts(new[] { new Code("x"), null, new Code("y") }, CodeInfo);

        Assert.Equal(new[] { "x", null, "y" }, texts);
        Assert.Equal("x,,y", ParameterFormatter.Join(texts));
    }

    private sealed class Code(string value)
    {
        public string Value { get; } = value;

        public override string ToString() => "CODE:" + Value;
    }

    private sealed class CodeConverter : JsonConverter<Code?>
    {
        public override Code? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, Code? value, JsonSerializerOptions options) => writer.WriteStringValue(value!.Value);
    }
}
