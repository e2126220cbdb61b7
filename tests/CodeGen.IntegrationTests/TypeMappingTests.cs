using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mapped;
using Xunit;

namespace CodeGen.IntegrationTests;

/// <summary>Type mappings written in the project file (items, a restricted item, a spec's metadata list) reach the generator whole.</summary>
public sealed class TypeMappingTests
{
    /// <summary>Money, mapped by a shared item; Price by an item restricted to the spec; Tax and Fee by the spec's <c>TypeMappings="Tax=…;Fee=…"</c>.</summary>
    [Fact]
    public void Every_mapped_schema_is_the_projects_type_and_round_trips_with_reflection_off()
    {
        const string Json = """{"id":"o-1","total":{"amount":"10.5","currency":"EUR"},"price":{"amount":"9","currency":"EUR"},"tax":{"amount":"1.5","currency":"EUR"},"fees":[{"amount":"0.25","currency":"EUR"}]}""";

        var order = JsonSerializer.Deserialize(Json, ShopClientJsonContext.Default.Order)!;

        Assert.Equal(new[] { "10.5 EUR", "9 EUR", "1.5 EUR", "0.25 EUR" }, new[] { order.Total, order.Price!, order.Tax!, order.Fees![0] }.Select(money => money.ToString()));
        Assert.Equal(Json, JsonSerializer.Serialize(order, ShopClientJsonContext.Default.Order));
#pragma warning disable IL2026 // The point: looking for types that must not have been generated.
        Assert.All(new[] { "Money", "Price", "Tax", "Fee" }, name => Assert.Null(typeof(ShopClient).Assembly.GetType("Mapped." + name)));
#pragma warning restore IL2026
    }
}

/// <summary>The project's own money type, written as the spec's schemas describe it.</summary>
[JsonConverter(typeof(MoneyConverter))]
public sealed class Money(decimal amount, string currency)
{
    /// <summary>The amount.</summary>
    public decimal Amount { get; } = amount;

    /// <summary>The ISO currency code.</summary>
    public string Currency { get; } = currency;

    /// <inheritdoc/>
    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Currency;
}

/// <summary>Reads and writes <see cref="Money"/> as <c>{"amount":"1.5","currency":"EUR"}</c>.</summary>
public sealed class MoneyConverter : JsonConverter<Money>
{
    /// <inheritdoc/>
    public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        return new Money(decimal.Parse(root.GetProperty("amount").GetString()!, CultureInfo.InvariantCulture), root.GetProperty("currency").GetString()!);
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        writer.WriteString("amount", value.Amount.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("currency", value.Currency);
        writer.WriteEndObject();
    }
}
