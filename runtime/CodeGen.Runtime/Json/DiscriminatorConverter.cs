using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CodeGen.Runtime.Json;

/// <summary>
/// Reads a generated base model as the derived model its discriminator property names, and writes a derived
/// model with its own metadata, so <c>allOf</c> inheritance round-trips through the base type without reflection.
/// </summary>
/// <typeparam name="TBase">The generated base model.</typeparam>
/// <remarks>
/// A discriminator value no derived model claims, or a missing one, reads as <typeparamref name="TBase"/> itself.
/// Unlike System.Text.Json's built-in polymorphism, the discriminator may appear anywhere in the object and stays
/// an ordinary property of the model.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DiscriminatorConverter<TBase> : JsonConverter<TBase>
    where TBase : class
{
    private readonly JsonTypeInfo<TBase> _ownMetadata;
    private readonly string _propertyName;
    private readonly Dictionary<string, Type> _derivedTypes = new(StringComparer.Ordinal);

    /// <summary>Creates the converter.</summary>
    /// <param name="ownMetadata">The object metadata of <typeparamref name="TBase"/> itself.</param>
    /// <param name="propertyName">The JSON name of the discriminator property.</param>
    /// <param name="derivedTypes">Each discriminator value with the derived model it stands for; the first claim of a value wins.</param>
    public DiscriminatorConverter(JsonTypeInfo<TBase> ownMetadata, string propertyName, IEnumerable<KeyValuePair<string, Type>> derivedTypes)
    {
        ArgumentNullException.ThrowIfNull(derivedTypes);
        _ownMetadata = ownMetadata ?? throw new ArgumentNullException(nameof(ownMetadata));
        _propertyName = propertyName ?? throw new ArgumentNullException(nameof(propertyName));
        foreach (var (value, type) in derivedTypes)
        {
            if (!typeof(TBase).IsAssignableFrom(type))
            {
                throw new ArgumentException(type + " does not derive from " + typeof(TBase) + ".", nameof(derivedTypes));
            }

            _derivedTypes.TryAdd(value, type);
        }
    }

    /// <inheritdoc/>
    public override TBase? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (FindDiscriminator(reader) is { } value && _derivedTypes.TryGetValue(value, out var derived))
        {
            return (TBase?)JsonSerializer.Deserialize(ref reader, options.GetTypeInfo(derived));
        }

        return JsonSerializer.Deserialize(ref reader, _ownMetadata);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(options);
        var type = value.GetType();
        if (type != typeof(TBase) && options.TryGetTypeInfo(type, out var derived))
        {
            JsonSerializer.Serialize(writer, value, derived);
            return;
        }

        JsonSerializer.Serialize(writer, value, _ownMetadata);
    }

    // The reader is a copy: looking ahead leaves the caller's position where deserialization starts.
    private string? FindDiscriminator(Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return null;
        }

        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var isDiscriminator = reader.ValueTextEquals(_propertyName);
            reader.Read();
            if (isDiscriminator)
            {
                return reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
            }

            reader.Skip();
        }

        return null;
    }
}
