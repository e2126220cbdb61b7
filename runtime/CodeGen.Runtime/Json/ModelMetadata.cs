using System;
using System.ComponentModel;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace CodeGen.Runtime.Json;

/// <summary>
/// Builds the System.Text.Json metadata of a generated model's property in one call, so generated JSON
/// contexts stay small (a large spec has tens of thousands of properties). Reflection-free, like the rest.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class ModelMetadata
{
    /// <summary>Metadata for one property of <typeparamref name="TModel"/>.</summary>
    /// <typeparam name="TModel">The generated model.</typeparam>
    /// <typeparam name="TValue">The property's type.</typeparam>
    /// <param name="options">The options the metadata is for.</param>
    /// <param name="name">The C# property name.</param>
    /// <param name="jsonName">The JSON property name.</param>
    /// <param name="getter">Reads the property.</param>
    /// <param name="setter">Writes the property.</param>
    /// <param name="required">Whether the JSON must contain it (and it is always written).</param>
    /// <param name="extensionData">Whether it collects the JSON properties no other property declares.</param>
    /// <param name="disallowNull">Whether a JSON <c>null</c> is refused (a required property whose type is not nullable).</param>
    /// <returns>The property metadata.</returns>
    public static JsonPropertyInfo Property<TModel, TValue>(
        JsonSerializerOptions options,
        string name,
        string jsonName,
        Func<TModel, TValue?> getter,
        Action<TModel, TValue> setter,
        bool required = false,
        bool extensionData = false,
        bool disallowNull = false)
    {
        ArgumentNullException.ThrowIfNull(getter);
        ArgumentNullException.ThrowIfNull(setter);
        var property = JsonMetadataServices.CreatePropertyInfo(
            options,
            new JsonPropertyInfoValues<TValue>
            {
                IsProperty = true,
                IsPublic = true,
                DeclaringType = typeof(TModel),
                Getter = model => getter((TModel)model),
                Setter = disallowNull
                    ? (model, value) => setter((TModel)model, value ?? throw NullFor(typeof(TModel), name, jsonName))
                    : (model, value) => setter((TModel)model, value!),
                IgnoreCondition = required ? JsonIgnoreCondition.Never : JsonIgnoreCondition.WhenWritingNull,
                PropertyName = name,
                JsonPropertyName = jsonName,
                IsExtensionData = extensionData,
            });
        property.IsRequired = required;
        return property;
    }

    // Thrown while reading, so System.Text.Json fills in the JSON path, as it does for a missing required property.
    private static JsonException NullFor(Type model, string name, string jsonName) =>
        new("The JSON property '" + jsonName + "' is null, but " + model.Name + "." + name + " is required and cannot be null.");
}
