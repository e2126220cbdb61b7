using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CodeGen.Runtime.Json;

/// <summary>
/// The JSON converter of a type of the application's that an <c>OpenApiTypeMapping</c> puts in place of a spec's
/// schema. The generated JSON context describes its own models member by member; it cannot see the members of a
/// type it did not generate, so such a type is one the serializer supports itself (<see cref="Guid"/>,
/// <see cref="DateOnly"/>, <see cref="Uri"/>, <see cref="JsonElement"/>...), has a converter in the options, or says
/// how it is written with a <see cref="JsonConverterAttribute"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MappedType
{
    // The serializer's own converters, which need no reflection: the ones JsonMetadataServices hands out.
    private static readonly Dictionary<Type, JsonConverter> BuiltIns = new()
    {
        [typeof(bool)] = JsonMetadataServices.BooleanConverter,
        [typeof(byte)] = JsonMetadataServices.ByteConverter,
        [typeof(byte[])] = JsonMetadataServices.ByteArrayConverter,
        [typeof(char)] = JsonMetadataServices.CharConverter,
        [typeof(DateTime)] = JsonMetadataServices.DateTimeConverter,
        [typeof(DateTimeOffset)] = JsonMetadataServices.DateTimeOffsetConverter,
        [typeof(DateOnly)] = JsonMetadataServices.DateOnlyConverter,
        [typeof(TimeOnly)] = JsonMetadataServices.TimeOnlyConverter,
        [typeof(TimeSpan)] = JsonMetadataServices.TimeSpanConverter,
        [typeof(decimal)] = JsonMetadataServices.DecimalConverter,
        [typeof(double)] = JsonMetadataServices.DoubleConverter,
        [typeof(float)] = JsonMetadataServices.SingleConverter,
        [typeof(Half)] = JsonMetadataServices.HalfConverter,
        [typeof(Guid)] = JsonMetadataServices.GuidConverter,
        [typeof(short)] = JsonMetadataServices.Int16Converter,
        [typeof(int)] = JsonMetadataServices.Int32Converter,
        [typeof(long)] = JsonMetadataServices.Int64Converter,
        [typeof(Int128)] = JsonMetadataServices.Int128Converter,
        [typeof(sbyte)] = JsonMetadataServices.SByteConverter,
        [typeof(ushort)] = JsonMetadataServices.UInt16Converter,
        [typeof(uint)] = JsonMetadataServices.UInt32Converter,
        [typeof(ulong)] = JsonMetadataServices.UInt64Converter,
        [typeof(UInt128)] = JsonMetadataServices.UInt128Converter,
        [typeof(string)] = JsonMetadataServices.StringConverter,
        [typeof(Uri)] = JsonMetadataServices.UriConverter,
        [typeof(Version)] = JsonMetadataServices.VersionConverter,
        [typeof(JsonElement)] = JsonMetadataServices.JsonElementConverter,
        [typeof(JsonDocument)] = JsonMetadataServices.JsonDocumentConverter,
        [typeof(JsonNode)] = JsonMetadataServices.JsonNodeConverter,
        [typeof(JsonObject)] = JsonMetadataServices.JsonObjectConverter,
        [typeof(JsonArray)] = JsonMetadataServices.JsonArrayConverter,
        [typeof(JsonValue)] = JsonMetadataServices.JsonValueConverter,
        [typeof(Memory<byte>)] = JsonMetadataServices.MemoryByteConverter,
        [typeof(ReadOnlyMemory<byte>)] = JsonMetadataServices.ReadOnlyMemoryByteConverter,
    };

    /// <summary>
    /// The converter for <typeparamref name="T"/>: one in <paramref name="options"/> that converts it, else the
    /// serializer's own for a type it supports without reflection, else the one the <see cref="JsonConverterAttribute"/>
    /// on <typeparamref name="T"/> names, a factory's product included.
    /// </summary>
    /// <typeparam name="T">The mapped type.</typeparam>
    /// <param name="options">The options the metadata is for.</param>
    /// <returns>The converter.</returns>
    /// <exception cref="NotSupportedException">None of these converts <typeparamref name="T"/>.</exception>
    public static JsonConverter<T> Converter<T>(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var candidate in options.Converters)
        {
            if (candidate.CanConvert(typeof(T)) && Expand<T>(candidate, options) is { } configured)
            {
                return configured;
            }
        }

        if (BuiltIns.TryGetValue(typeof(T), out var builtIn) && builtIn is JsonConverter<T> typed)
        {
            return typed;
        }

        var attribute = typeof(T).GetCustomAttribute<JsonConverterAttribute>(inherit: false);

        // The attribute's converter type keeps its public parameterless constructor through trimming.
        var converter = attribute is null ? null
            : attribute.ConverterType is { } converterType ? (JsonConverter?)Activator.CreateInstance(converterType)
            : attribute.CreateConverter(typeof(T));
        return (converter is null ? null : Expand<T>(converter, options)) ?? throw new NotSupportedException(
            "The type " + typeof(T).FullName + " stands for an OpenAPI schema (an OpenApiTypeMapping), but the generated client cannot see its members: "
            + "give it a [JsonConverter(typeof(...))] attribute naming a JsonConverter<" + typeof(T).Name + "> (or a factory of one) with a public parameterless constructor, "
            + "or add such a converter to the JsonSerializerOptions.");
    }

    private static JsonConverter<T>? Expand<T>(JsonConverter converter, JsonSerializerOptions options) =>
        (converter is JsonConverterFactory factory ? factory.CreateConverter(typeof(T), options) : converter) as JsonConverter<T>;
}
