using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading.Tasks;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary><c>OpenApiTypeMapping</c> puts a type the project already has in place of a component schema: every use names it and nothing is generated for it.</summary>
public sealed class TypeMappingTests
{
    private const string Probe = """
        using System;
        using System.Net.Http;
        using System.Text.Json;
        using System.Threading.Tasks;
        using Shop;

        public static class Probe
        {
            public static string RoundTrip(string json)
            {
                var order = JsonSerializer.Deserialize(json, ShopClientJsonContext.Default.Order)!;
                return order.Total + "|" + order.Discount + "|" + string.Join(",", order.Lines!) + "|" + order.Taxes!["vat"] + "|" + JsonSerializer.Serialize(order, ShopClientJsonContext.Default.Order);
            }

            public static async Task<string> Convert(Uri baseAddress)
            {
                using var http = new HttpClient { BaseAddress = baseAddress };
                MyApp.Money converted = await new ShopClient(http).ConvertPriceAsync(new MyApp.Money(12.5m, "EUR"));
                return converted.ToString();
            }

            public static async Task<string> Find(Uri baseAddress)
            {
                using var http = new HttpClient { BaseAddress = baseAddress };
                await new ShopClient(http).FindPricesAsync(new MyApp.Money(3.5m, "EUR"));
                return "sent";
            }
        }
        """;

    private static readonly Lazy<GeneratedCode> Shop = new(() => GeneratedCode.Load(
        GeneratorHarness.Run(new[] { MappingSpecs.Shop() }, new[] { MappingSpecs.UserTypes, Probe }, globalOptions: MappingSpecs.Project("Money=MyApp.Money="))));

    [Theory]
    [InlineData(NullableContextOptions.Enable)]
    [InlineData(NullableContextOptions.Disable)]
    public void Every_use_of_the_schema_names_the_users_type_and_no_class_is_generated(NullableContextOptions nullable)
    {
        var result = GeneratorHarness.Run(new[] { MappingSpecs.Shop() }, new[] { MappingSpecs.UserTypes }, nullable, globalOptions: MappingSpecs.Project("Money=MyApp.Money="));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
        var compilation = result.OutputCompilation;
        Assert.Null(compilation.GetTypeByMetadataName("Shop.Money"));
        var order = compilation.GetTypeByMetadataName("Shop.Order")!;
        // With the annotations: an optional use of a class is T? (the generated files enable nullable themselves).
        var format = SymbolDisplayFormat.FullyQualifiedFormat.AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);
        string TypeOf(string property) => order.GetMembers(property).OfType<IPropertySymbol>().Single().Type.ToDisplayString(format);
        Assert.Equal("global::MyApp.Money", TypeOf("Total"));
        Assert.Equal("global::MyApp.Money?", TypeOf("Discount"));
        Assert.Equal("global::System.Collections.Generic.List<global::MyApp.Money>?", TypeOf("Lines"));
        Assert.Equal("global::System.Collections.Generic.Dictionary<string, global::MyApp.Money>?", TypeOf("Taxes"));
        var convert = compilation.GetTypeByMetadataName("Shop.ShopClient")!.GetMembers("ConvertPriceAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal("global::MyApp.Money", convert.Parameters[0].Type.ToDisplayString(format));
        Assert.Equal("global::System.Threading.Tasks.Task<global::MyApp.Money>", convert.ReturnType.ToDisplayString(format));
        var find = compilation.GetTypeByMetadataName("Shop.ShopClient")!.GetMembers("FindPricesAsync").OfType<IMethodSymbol>().Single();
        Assert.Equal("global::MyApp.Money?", find.Parameters[0].Type.ToDisplayString(format));
        Assert.DoesNotContain(result.Sources, source => source.Text.Contains("class Money", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(NullableContextOptions.Enable)]
    [InlineData(NullableContextOptions.Disable)]
    public void A_struct_is_used_as_a_struct_and_an_optional_use_is_nullable(NullableContextOptions nullable)
    {
        const string probe = """
            using System.Text.Json;
            using Shop;

            public static class Probe
            {
                public static string RoundTrip(string json)
                {
                    var order = JsonSerializer.Deserialize(json, ShopClientJsonContext.Default.Order)!;
                    MyApp.MoneyValue total = order.Total;
                    MyApp.MoneyValue? discount = order.Discount;
                    return total + "|" + (discount.HasValue ? discount.Value.ToString() : "none") + "|" + order.Lines![0] + "|" + JsonSerializer.Serialize(order, ShopClientJsonContext.Default.Order);
                }
            }
            """;
        var result = GeneratorHarness.Run(new[] { MappingSpecs.Shop() }, new[] { MappingSpecs.UserTypes, probe }, nullable, globalOptions: MappingSpecs.Project("Money=MyApp.MoneyValue="));
        Assert.Empty(result.GeneratorDiagnostics);
        var code = GeneratedCode.Load(result);

        const string WithDiscount = """{"id":"o","total":{"amount":"5","currency":"EUR"},"discount":{"amount":"0.5","currency":"EUR"},"lines":[{"amount":"5","currency":"EUR"}]}""";
        const string WithoutDiscount = """{"id":"o","total":{"amount":"5","currency":"EUR"},"lines":[{"amount":"5","currency":"EUR"}]}""";
        Assert.Equal("5 EUR|0.5 EUR|5 EUR|" + WithDiscount, code.Call<string>("RoundTrip", WithDiscount));
        Assert.Equal("5 EUR|none|5 EUR|" + WithoutDiscount, code.Call<string>("RoundTrip", WithoutDiscount));
    }

    [Theory]
    [InlineData("MyApp.Opaque", "has no [JsonConverter] attribute")]
    [InlineData("MyApp.Missing", "is not declared in the project or its references")]
    public void A_type_the_json_context_cannot_use_is_reported_once_without_a_location(string typeName, string reason)
    {
        var result = GeneratorHarness.Run(new[] { MappingSpecs.Shop(), MappingSpecs.Shop("Store") }, new[] { MappingSpecs.UserTypes }, globalOptions: MappingSpecs.Project("Money=" + typeName + "="));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI035", DiagnosticSeverity.Warning, Location.None), (diagnostic.Id, diagnostic.Severity, diagnostic.Location));
        Assert.StartsWith("The type '" + typeName + "' that a type mapping names " + reason, diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.EndsWith("(it stands for schema 'Money' of shop.yaml, store.yaml)", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_failure_of_the_type_lookup_is_reported_rather_than_taking_every_type_for_a_class()
    {
        var uses = new[] { new CodeGen.Generator.Input.MappedTypeUse("MyApp.MoneyValue", "Money", "shop.yaml") }.ToEquatableArray();

        var lookup = CodeGen.Generator.Modeling.MappedTypeFacts.Find(uses, _ => throw new InvalidOperationException("the lookup broke"), TestContext.Current.CancellationToken);

        Assert.Empty(lookup.Facts);
        var problem = Assert.Single(lookup.Problems).ToDiagnostic();
        Assert.Equal("OAPI007", problem.Id);
        Assert.Contains("the lookup broke", problem.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_nested_type_is_found()
    {
        const string nested = """
            namespace MyApp
            {
                public static class Outer
                {
                    [System.Text.Json.Serialization.JsonConverter(typeof(MyApp.MoneyValueConverter))]
                    public readonly struct Inner
                    {
                    }
                }
            }
            """;

        var result = GeneratorHarness.Run(new[] { MappingSpecs.Shop() }, new[] { MappingSpecs.UserTypes, nested }, globalOptions: MappingSpecs.Project("Money=MyApp.Outer.Inner="));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains("global::MyApp.Outer.Inner? Discount", result.Source(".Models.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_union_reads_the_users_type_and_an_allOf_copies_the_mapped_schemas_properties()
    {
        const string composed = """
            openapi: 3.0.3
            info:
              title: Composed
              version: "1.0"
            paths: {}
            components:
              schemas:
                Money:
                  type: object
                  required: [amount, currency]
                  properties:
                    amount: {type: string}
                    currency: {type: string}
                Coupon:
                  type: object
                  required: [code]
                  properties:
                    code: {type: string}
                Payment:
                  oneOf:
                    - $ref: '#/components/schemas/Money'
                    - $ref: '#/components/schemas/Coupon'
                Refund:
                  allOf:
                    - $ref: '#/components/schemas/Money'
                    - type: object
                      properties:
                        reason: {type: string}
            """;
        const string probe = """
            using System.Text.Json;
            using Composed;

            public static class Probe
            {
                public static string Read(string json)
                {
                    var payment = JsonSerializer.Deserialize(json, ComposedClientJsonContext.Default.Payment)!;
                    return payment.Money is { } money ? "money " + money : "coupon " + payment.Coupon!.Code;
                }

                public static string Refund() => JsonSerializer.Serialize(new Refund { Amount = "1", Currency = "EUR", Reason = "late" }, ComposedClientJsonContext.Default.Refund);
            }
            """;
        var spec = new Spec(TemplateSpecs.ProjectFolder + "specs/composed.yaml", composed, "Composed", "ComposedClient");

        var result = GeneratorHarness.Run(new[] { spec }, new[] { MappingSpecs.UserTypes, probe }, globalOptions: MappingSpecs.Project("Money=MyApp.Money="));

        var info = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI010", DiagnosticSeverity.Info, 24), (info.Id, info.Severity, info.Location.GetLineSpan().StartLinePosition.Line));
        Assert.Contains("copies the schema's properties from the spec rather than deriving from MyApp.Money", info.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        var code = GeneratedCode.Load(result);
        Assert.Equal("money 2.5 EUR", code.Call<string>("Read", """{"amount":"2.5","currency":"EUR"}"""));
        Assert.Equal("coupon SAVE", code.Call<string>("Read", """{"code":"SAVE"}"""));
        Assert.Equal("""{"amount":"1","currency":"EUR","reason":"late"}""", code.Call<string>("Refund"));
    }

    [Fact]
    public void Without_a_mapping_the_schema_is_generated_as_before()
    {
        var result = GeneratorHarness.Run(new[] { MappingSpecs.Shop() }, new[] { MappingSpecs.UserTypes });

        Assert.Empty(result.CompilationProblems());
        Assert.NotNull(result.OutputCompilation.GetTypeByMetadataName("Shop.Money"));
        Assert.DoesNotContain("MyApp.Money", result.Source(".Models.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_users_type_round_trips_through_the_generated_json_context()
    {
        const string Json = """{"id":"o-1","total":{"amount":"99.95","currency":"EUR"},"lines":[{"amount":"90","currency":"EUR"},{"amount":"9.95","currency":"EUR"}],"taxes":{"vat":{"amount":"18.99","currency":"EUR"}}}""";

        var parts = Shop.Value.Call<string>("RoundTrip", Json).Split('|');

        Assert.Equal(new[] { "99.95 EUR", string.Empty, "90 EUR,9.95 EUR", "18.99 EUR", Json }, parts);
    }

    [Fact]
    public async Task A_call_sends_and_reads_the_users_type()
    {
        await using var server = new LoopbackHttpServer(200, "application/json", """{"currency":"USD","amount":"13.75"}""");

        var converted = await Shop.Value.CallAsync<string>("Convert", server.BaseAddress);

        Assert.Equal("13.75 USD", converted);
        var request = Assert.Single(server.Requests);
        Assert.Equal(("POST", "/prices/convert"), (request.Method, request.Target));
        Assert.Equal("""{"amount":"12.5","currency":"EUR"}""", request.Body);
    }

    [Fact]
    public async Task A_query_parameter_of_the_users_type_is_sent_as_its_fields()
    {
        await using var server = new LoopbackHttpServer(204, "application/json", string.Empty);

        await Shop.Value.CallAsync<string>("Find", server.BaseAddress);

        Assert.Equal("/prices?amount=3.5&currency=EUR", Assert.Single(server.Targets));
    }

    [Fact]
    public void A_type_without_a_json_converter_fails_on_first_use_with_what_to_add()
    {
        const string probe = """
            public static class Probe
            {
                public static string Read() => System.Text.Json.JsonSerializer.Deserialize("{\"id\":\"o\",\"total\":{\"amount\":\"1\",\"currency\":\"EUR\"}}", Shop.ShopClientJsonContext.Default.Order)!.Id;
            }
            """;
        var code = GeneratedCode.Load(GeneratorHarness.Run(new[] { MappingSpecs.Shop() }, new[] { MappingSpecs.UserTypes, probe }, globalOptions: MappingSpecs.Project("Money=MyApp.Opaque=")));

        var failure = Assert.Throws<NotSupportedException>(() => code.Call<string>("Read"));

        Assert.Contains("MyApp.Opaque", failure.Message, StringComparison.Ordinal);
        Assert.Contains("[JsonConverter(", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Item_metadata_and_a_spec_restricted_item_map_the_schema_for_that_spec_only()
    {
        var byMetadata = MappingSpecs.Shop("Shop").With("TypeMappings", "Money=global::MyApp.Money|Unused=MyApp.Money");
        var restricted = MappingSpecs.Shop("Store");
        var plain = MappingSpecs.Shop("Market");

        var result = GeneratorHarness.Run(
            new[] { byMetadata, restricted, plain },
            new[] { MappingSpecs.UserTypes },
            globalOptions: MappingSpecs.Project("Money=MyApp.Money=" + restricted.Path));

        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
        Assert.Null(result.OutputCompilation.GetTypeByMetadataName("Shop.Money"));
        Assert.Null(result.OutputCompilation.GetTypeByMetadataName("Store.Money"));
        Assert.NotNull(result.OutputCompilation.GetTypeByMetadataName("Market.Money"));

        // The metadata's second entry names a schema the spec does not have.
        var unused = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI033", DiagnosticSeverity.Warning, byMetadata.Path), (unused.Id, unused.Severity, unused.Location.GetLineSpan().Path));
        Assert.Contains("'Unused'", unused.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_shared_mapping_is_unused_only_when_no_spec_has_the_schema()
    {
        var other = TemplateSpecs.Pets(templateFolder: null);

        var usedByOne = GeneratorHarness.Run(new[] { MappingSpecs.Shop(), other }, new[] { MappingSpecs.UserTypes }, globalOptions: MappingSpecs.Project("Money=MyApp.Money="));
        var usedByNone = GeneratorHarness.Run(new[] { other }, new[] { MappingSpecs.UserTypes }, globalOptions: MappingSpecs.Project("Money=MyApp.Money="));

        Assert.Empty(usedByOne.GeneratorDiagnostics);
        var diagnostic = Assert.Single(usedByNone.GeneratorDiagnostics);
        Assert.Equal(("OAPI033", DiagnosticSeverity.Warning, Location.None), (diagnostic.Id, diagnostic.Severity, diagnostic.Location));
        Assert.Equal(
            "The type mapping of schema 'Money' to 'MyApp.Money' is not used: no OpenApiSpec item has a schema 'Money' under components/schemas",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void A_spec_restriction_naming_no_spec_is_reported()
    {
        var result = GeneratorHarness.Run(new[] { MappingSpecs.Shop() }, new[] { MappingSpecs.UserTypes }, globalOptions: MappingSpecs.Project("Money=MyApp.Money=/project/specs/missing.yaml"));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI033", Location.None), (diagnostic.Id, diagnostic.Location));
        Assert.Contains("names no OpenApiSpec item ('/project/specs/missing.yaml')", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.NotNull(result.OutputCompilation.GetTypeByMetadataName("Shop.Money"));
    }

    [Theory]
    [InlineData("MyApp.Money<int>")]
    [InlineData("MyApp.Money\") class X { }")]
    [InlineData("My App.Money")]
    [InlineData("MyApp.class")]
    [InlineData("MyApp.Mo\u202Eney")]
    [InlineData("MyApp.Mo\u200Dney")]
    [InlineData("")]
    public void A_type_that_is_not_a_qualified_name_is_an_error_and_never_reaches_the_code(string typeName)
    {
        var shared = GeneratorHarness.Run(new[] { MappingSpecs.Shop() }, globalOptions: MappingSpecs.Project("Money=" + typeName + "="));
        var spec = MappingSpecs.Shop().With("TypeMappings", "Money=" + typeName);
        var onItem = GeneratorHarness.Run(spec);

        foreach (var (result, path) in new[] { (shared, (string?)null), (onItem, spec.Path) })
        {
            var diagnostic = Assert.Single(result.GeneratorDiagnostics);
            Assert.Equal(("OAPI034", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
            Assert.Equal(path, diagnostic.Location == Location.None ? null : diagnostic.Location.GetLineSpan().Path);
            Assert.Empty(result.CompilationProblems());
            Assert.NotNull(result.OutputCompilation.GetTypeByMetadataName("Shop.Money"));
            Assert.DoesNotContain(result.Sources, source => source.Text.Contains("MyApp", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void An_internal_type_used_by_public_output_is_one_warning_naming_the_schema_the_spec_and_the_fix()
    {
        const string internalType = """
            namespace MyApp
            {
                [System.Text.Json.Serialization.JsonConverter(typeof(MyApp.MoneyValueConverter))]
                internal readonly struct Hidden
                {
                }
            }
            """;

        var result = GeneratorHarness.Run(new[] { MappingSpecs.Shop() }, new[] { MappingSpecs.UserTypes, internalType }, globalOptions: MappingSpecs.Project("Money=MyApp.Hidden="));

        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI035", DiagnosticSeverity.Warning), (diagnostic.Id, diagnostic.Severity));
        var message = diagnostic.GetMessage(CultureInfo.InvariantCulture);
        Assert.Contains("'MyApp.Hidden'", message, StringComparison.Ordinal);
        Assert.Contains("schema 'Money' of shop.yaml is not public", message, StringComparison.Ordinal);
        Assert.Contains("Accessibility=\"internal\"", message, StringComparison.Ordinal);
        Assert.NotNull(result.OutputCompilation.GetTypeByMetadataName("Shop.Money"));

        var asInternal = GeneratorHarness.Run(new[] { MappingSpecs.Shop().With("Accessibility", "internal") }, new[] { MappingSpecs.UserTypes, internalType }, globalOptions: MappingSpecs.Project("Money=MyApp.Hidden="));

        Assert.Empty(asInternal.GeneratorDiagnostics);
        Assert.Empty(asInternal.CompilationProblems().Select(d => d.ToString()));
        Assert.Null(asInternal.OutputCompilation.GetTypeByMetadataName("Shop.Money"));
    }
}
