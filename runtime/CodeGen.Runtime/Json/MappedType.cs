using System;
using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeGen.Runtime.Json;

/// <summary>
/// The JSON converter of a type of the application's that an <c>OpenApiTypeMapping</c> puts in place of a spec's
/// schema. The generated JSON context describes its own models member by member; it cannot see the members of a
/// type it did not generate, so such a type says how it is written with a <see cref="JsonConverterAttribute"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class MappedType
{
    /// <summary>The converter the <see cref="JsonConverterAttribute"/> on <typeparamref name="T"/> names, a factory's product included.</summary>
    /// <typeparam name="T">The mapped type.</typeparam>
    /// <param name="options">The options the metadata is for.</param>
    /// <returns>The converter.</returns>
    /// <exception cref="NotSupportedException"><typeparamref name="T"/> carries no usable <see cref="JsonConverterAttribute"/>.</exception>
    public static JsonConverter<T> Converter<T>(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var attribute = typeof(T).GetCustomAttribute<JsonConverterAttribute>(inherit: false);

        // The attribute's converter type keeps its public parameterless constructor through trimming.
        var converter = attribute is null ? null
            : attribute.ConverterType is { } converterType ? (JsonConverter?)Activator.CreateInstance(converterType)
            : attribute.CreateConverter(typeof(T));
        if (converter is JsonConverterFactory factory)
        {
            converter = factory.CreateConverter(typeof(T), options);
        }

        return converter as JsonConverter<T> ?? throw new NotSupportedException(
            "The type " + typeof(T).FullName + " stands for an OpenAPI schema (an OpenApiTypeMapping), but the generated client cannot see its members: "
            + "give it a [JsonConverter(typeof(...))] attribute naming a JsonConverter<" + typeof(T).Name + "> (or a factory of one) with a public parameterless constructor.");
    }
}
