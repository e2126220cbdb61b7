using System;
using System.Linq;
using System.Threading.Tasks;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>A mapped type on the wire and in the JSON context: parameters are written as the schema's JSON says, whether the type is a struct or a class, and generated members keep their names.</summary>
public sealed class MappedTypeUseTests
{
    private const string SpecText = """
        openapi: 3.0.3
        info:
          title: Items
          version: "1.0"
        paths:
          /items/{code}:
            get:
              operationId: getItem
              parameters:
                - name: code
                  in: path
                  required: true
                  schema:
                    $ref: "#/components/schemas/Code"
                - name: when
                  in: query
                  schema:
                    $ref: "#/components/schemas/Code"
                - name: X-Code
                  in: header
                  schema:
                    $ref: "#/components/schemas/Code"
                - name: price
                  in: query
                  schema:
                    $ref: "#/components/schemas/Money"
                - name: ids
                  in: query
                  explode: false
                  schema:
                    type: array
                    items:
                      $ref: "#/components/schemas/Code"
              responses:
                "204":
                  description: Nothing.
        components:
          schemas:
            Code:
              type: string
            Money:
              type: object
              properties:
                amount:
                  type: number
        """;

    /// <summary>A code whose <c>ToString</c> differs from its JSON, and money whose JSON is an object: as a struct and as a class.</summary>
    private const string UserTypes = """
        using System;
        using System.Text.Json;
        using System.Text.Json.Serialization;

        namespace MyApp
        {
            [JsonConverter(typeof(CodeConverter))]
            public readonly struct Code
            {
                public Code(string value) => Value = value;
                public string Value { get; }
                public override string ToString() => "CODE:" + Value;
            }

            public sealed class CodeConverter : JsonConverter<Code>
            {
                public override Code Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new Code(reader.GetString()!);
                public override void Write(Utf8JsonWriter writer, Code value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
            }

            [JsonConverter(typeof(CodeClassConverter))]
            public sealed class CodeClass
            {
                public CodeClass(string value) => Value = value;
                public string Value { get; }
                public override string ToString() => "CODE:" + Value;
            }

            public sealed class CodeClassConverter : JsonConverter<CodeClass>
            {
                public override CodeClass Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new CodeClass(reader.GetString()!);
                public override void Write(Utf8JsonWriter writer, CodeClass value, JsonSerializerOptions options) => writer.WriteStringValue(value.Value);
            }

            [JsonConverter(typeof(PriceConverter))]
            public readonly struct Price
            {
                public Price(decimal amount) => Amount = amount;
                public decimal Amount { get; }
            }

            public sealed class PriceConverter : JsonConverter<Price>
            {
                public override Price Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
                {
                    using var document = JsonDocument.ParseValue(ref reader);
                    return new Price(document.RootElement.GetProperty("amount").GetDecimal());
                }

                public override void Write(Utf8JsonWriter writer, Price value, JsonSerializerOptions options)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("amount", value.Amount);
                    writer.WriteEndObject();
                }
            }
        }
        """;

    private static Spec Items => new(TemplateSpecs.ProjectFolder + "specs/items.yaml", SpecText, "Items", "ItemsClient");

    private static string Probe(string code, string money) => $$"""
        using System;
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Threading.Tasks;

        public static class Probe
        {
            public static async Task<string> Get(Uri baseAddress)
            {
                using var http = new HttpClient { BaseAddress = baseAddress };
                await new Items.ItemsClient(http).GetItemAsync(new {{code}}("abc"), new {{code}}("q"), new {{code}}("h"), {{money}}, new List<{{code}}> { new {{code}}("x"), new {{code}}("y") });
                return "sent";
            }
        }
        """;

    [Theory]
    [InlineData("MyApp.Code", "MyApp.Price", "new MyApp.Price(7m)")]
    [InlineData("MyApp.CodeClass", "MyApp.Price", "new MyApp.Price(7m)")]
    public async Task A_parameter_of_a_mapped_type_is_sent_as_its_json_value(string code, string money, string moneyValue)
    {
        var result = GeneratorHarness.Run(new[] { Items }, new[] { UserTypes, Probe(code, moneyValue) }, globalOptions: MappingSpecs.Project("Code=" + code + "=|Money=" + money + "="));
        Assert.Empty(result.GeneratorDiagnostics.Select(d => d.ToString()));
        var generated = GeneratedCode.Load(result);
        await using var server = new LoopbackHttpServer(204, "application/json", string.Empty);

        await generated.CallAsync<string>("Get", server.BaseAddress);

        var request = Assert.Single(server.Requests);
        Assert.Equal("/items/abc?when=q&amount=7&ids=x,y", request.Target.Replace("%2C", ",", StringComparison.Ordinal));
        Assert.Equal("h", request.Headers["X-Code"]);
    }

    [Fact]
    public async Task A_schema_mapped_to_a_type_the_serializer_knows_is_read_written_and_sent_without_a_converter_attribute()
    {
        const string spec = """
            openapi: 3.0.3
            info:
              title: Things
              version: "1.0"
            paths:
              /things/{id}:
                get:
                  operationId: getThing
                  parameters:
                    - name: id
                      in: path
                      required: true
                      schema:
                        $ref: "#/components/schemas/Id"
                  responses:
                    "200":
                      description: The thing.
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Thing"
            components:
              schemas:
                Id:
                  type: string
                Release:
                  type: string
                Thing:
                  type: object
                  required: [id]
                  properties:
                    id:
                      $ref: "#/components/schemas/Id"
                    release:
                      $ref: "#/components/schemas/Release"
            """;
        const string probe = """
            using System;
            using System.Net.Http;
            using System.Text.Json;
            using System.Threading.Tasks;

            public static class Probe
            {
                public static async Task<string> Get(Uri baseAddress)
                {
                    using var http = new HttpClient { BaseAddress = baseAddress };
                    Things.Thing thing = await new Things.ThingsClient(http).GetThingAsync(Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e"));
                    Guid id = thing.Id;
                    Version? release = thing.Release;
                    return id + "|" + release + "|" + JsonSerializer.Serialize(thing, Things.ThingsClientJsonContext.Default.Thing);
                }
            }
            """;
        var things = new Spec(TemplateSpecs.ProjectFolder + "specs/things.yaml", spec, "Things", "ThingsClient");
        var result = GeneratorHarness.Run(new[] { things }, new[] { probe }, globalOptions: MappingSpecs.Project("Id=System.Guid=|Release=System.Version="));
        Assert.Empty(result.GeneratorDiagnostics.Select(d => d.ToString()));
        var generated = GeneratedCode.Load(result);
        await using var server = new LoopbackHttpServer(200, "application/json", "{\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"release\":\"1.2.3\"}");

        var text = await generated.CallAsync<string>("Get", server.BaseAddress);

        Assert.Equal("/things/0f8fad5b-d9cb-469f-a165-70867728950e", Assert.Single(server.Targets));
        Assert.Equal("1b4e28ba-2fa1-11d2-883f-0016d3cca427|1.2.3|{\"id\":\"1b4e28ba-2fa1-11d2-883f-0016d3cca427\",\"release\":\"1.2.3\"}", text);
    }

    [Fact]
    public void A_mapped_type_never_takes_the_json_context_member_of_a_generated_type()
    {
        const string spec = """
            openapi: 3.0.3
            info:
              title: P
              version: "1.0"
            paths:
              /a:
                get:
                  operationId: getMoney
                  responses:
                    "200":
                      description: Money.
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Money"
              /b:
                get:
                  operationId: getOrder
                  responses:
                    "200":
                      description: An order.
                      content:
                        application/json:
                          schema:
                            $ref: "#/components/schemas/Order"
            components:
              schemas:
                Money:
                  type: string
                Order:
                  type: object
                  properties:
                    total:
                      $ref: "#/components/schemas/Money"
            """;
        const string userTypes = """
            using System;
            using System.Text.Json;
            using System.Text.Json.Serialization;

            namespace MyApp.Other
            {
                [JsonConverter(typeof(OrderConverter))]
                public sealed class Order
                {
                    public string Text { get; set; } = "";
                }

                public sealed class OrderConverter : JsonConverter<Order>
                {
                    public override Order Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => new Order { Text = reader.GetString()! };
                    public override void Write(Utf8JsonWriter writer, Order value, JsonSerializerOptions options) => writer.WriteStringValue(value.Text);
                }
            }
            """;
        var result = GeneratorHarness.Run(new[] { new Spec(TemplateSpecs.ProjectFolder + "specs/p.yaml", spec, "P", "PClient") }, new[] { userTypes }, globalOptions: MappingSpecs.Project("Money=MyApp.Other.Order="));
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
        var context = result.OutputCompilation.GetTypeByMetadataName("P.PClientJsonContext")!;

        string TypeOf(string member) => Assert.IsAssignableFrom<Microsoft.CodeAnalysis.IPropertySymbol>(Assert.Single(context.GetMembers(member))).Type.ToDisplayString();

        Assert.Equal("System.Text.Json.Serialization.Metadata.JsonTypeInfo<P.Order>", TypeOf("Order"));
        Assert.Equal("System.Text.Json.Serialization.Metadata.JsonTypeInfo<MyApp.Other.Order>", TypeOf("MyAppOtherOrder"));
        Assert.Empty(context.GetMembers("Order2"));
    }
}
