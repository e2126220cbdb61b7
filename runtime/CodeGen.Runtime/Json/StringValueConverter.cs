using System;
using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CodeGen.Runtime.Json;

/// <summary>Reads and writes a generated string enum as a JSON string; a JSON number is kept as its text.</summary>
/// <typeparam name="T">The generated enum struct.</typeparam>
public abstract class StringValueConverter<T> : JsonConverter<T>
{
    private readonly Func<string, T> _create;
    private readonly Func<T, string> _value;

    /// <summary>Creates the converter.</summary>
    /// <param name="create">Wraps a wire value.</param>
    /// <param name="value">Unwraps it.</param>
    protected StringValueConverter(Func<string, T> create, Func<T, string> value)
    {
        _create = create ?? throw new ArgumentNullException(nameof(create));
        _value = value ?? throw new ArgumentNullException(nameof(value));
    }

    /// <inheritdoc/>
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.TokenType switch
    {
        JsonTokenType.String => _create(reader.GetString()!),
        JsonTokenType.Number => _create(Encoding.UTF8.GetString(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan.ToArray())),
        _ => throw new JsonException("Expected a string for " + typeof(T).Name + ", found " + reader.TokenType + "."),
    };

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(_value(value));
    }
}
