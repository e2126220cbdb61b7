using System.Collections.Generic;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>A spec whose <c>Money</c> schema a project maps to its own type, and that type.</summary>
internal static class MappingSpecs
{
    public const string MappingsOption = "build_property.CodeGenOpenApiTypeMappings";

    /// <summary>The spec: Money as a query parameter, a response, a request body, a required and an optional property, list items and map values.</summary>
    public static Spec Shop(string name = "Shop") =>
        new(TemplateSpecs.ProjectFolder + "specs/" + name.ToLowerInvariant() + ".yaml", ShopText(name), name, name + "Client");

    /// <summary>The project's <c>OpenApiTypeMapping</c> items as the build's targets hand them over.</summary>
    public static Dictionary<string, string> Project(string entries) => new() { [MappingsOption] = entries };

    /// <summary>The application's money type, which writes itself as the spec's Money schema describes (the amount as a string).</summary>
    public const string UserTypes = """
        using System;
        using System.Globalization;
        using System.Text.Json;
        using System.Text.Json.Serialization;

        namespace MyApp
        {
            [JsonConverter(typeof(MoneyConverter))]
            public sealed class Money
            {
                public Money(decimal amount, string currency)
                {
                    Amount = amount;
                    Currency = currency;
                }

                public decimal Amount { get; }

                public string Currency { get; }

                public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Currency;
            }

            public sealed class MoneyConverter : JsonConverter<Money>
            {
                public override Money Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
                {
                    var (amount, currency) = MoneyJson.Read(ref reader);
                    return new Money(amount, currency);
                }

                public override void Write(Utf8JsonWriter writer, Money value, JsonSerializerOptions options) => MoneyJson.Write(writer, value.Amount, value.Currency);
            }

            /// <summary>The same money as a struct.</summary>
            [JsonConverter(typeof(MoneyValueConverter))]
            public readonly struct MoneyValue
            {
                public MoneyValue(decimal amount, string currency)
                {
                    Amount = amount;
                    Currency = currency;
                }

                public decimal Amount { get; }

                public string Currency { get; }

                public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + " " + Currency;
            }

            public sealed class MoneyValueConverter : JsonConverter<MoneyValue>
            {
                public override MoneyValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
                {
                    var (amount, currency) = MoneyJson.Read(ref reader);
                    return new MoneyValue(amount, currency);
                }

                public override void Write(Utf8JsonWriter writer, MoneyValue value, JsonSerializerOptions options) => MoneyJson.Write(writer, value.Amount, value.Currency);
            }

            internal static class MoneyJson
            {
                public static (decimal Amount, string Currency) Read(ref Utf8JsonReader reader)
                {
                    using var document = JsonDocument.ParseValue(ref reader);
                    var root = document.RootElement;
                    return (decimal.Parse(root.GetProperty("amount").GetString() ?? "0", CultureInfo.InvariantCulture), root.GetProperty("currency").GetString() ?? "");
                }

                public static void Write(Utf8JsonWriter writer, decimal amount, string currency)
                {
                    writer.WriteStartObject();
                    writer.WriteString("amount", amount.ToString(CultureInfo.InvariantCulture));
                    writer.WriteString("currency", currency);
                    writer.WriteEndObject();
                }
            }

            /// <summary>A type mapped without saying how it is written.</summary>
            public sealed class Opaque
            {
                public string Value { get; set; } = "";
            }
        }
        """;

    private static string ShopText(string title) => $$"""
        openapi: 3.0.3
        info:
          title: {{title}}
          version: "1.0"
        paths:
          /orders/{id}:
            get:
              operationId: getOrder
              parameters:
                - name: id
                  in: path
                  required: true
                  schema:
                    type: string
              responses:
                "200":
                  description: The order.
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Order"
          /prices:
            get:
              operationId: findPrices
              parameters:
                - name: min
                  in: query
                  schema:
                    $ref: "#/components/schemas/Money"
              responses:
                "204":
                  description: Nothing.
          /prices/convert:
            post:
              operationId: convertPrice
              requestBody:
                required: true
                content:
                  application/json:
                    schema:
                      $ref: "#/components/schemas/Money"
              responses:
                "200":
                  description: The converted price.
                  content:
                    application/json:
                      schema:
                        $ref: "#/components/schemas/Money"
        components:
          schemas:
            Money:
              type: object
              required: [amount, currency]
              properties:
                amount:
                  type: string
                currency:
                  type: string
            Order:
              type: object
              required: [id, total]
              properties:
                id:
                  type: string
                total:
                  $ref: "#/components/schemas/Money"
                discount:
                  $ref: "#/components/schemas/Money"
                lines:
                  type: array
                  items:
                    $ref: "#/components/schemas/Money"
                taxes:
                  type: object
                  additionalProperties:
                    $ref: "#/components/schemas/Money"
        """;
}
