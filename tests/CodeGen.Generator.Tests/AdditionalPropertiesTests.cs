using System;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>With <c>additionalProperties</c> beside <c>properties</c>, undeclared JSON properties survive a round trip.</summary>
public sealed class AdditionalPropertiesTests
{
    private const string Yaml = """
        openapi: 3.1.0
        info:
          title: Extra
          version: "1"
        paths: {}
        components:
          schemas:
            Open:
              type: object
              additionalProperties: {}
              properties:
                id: { type: integer, format: int32 }
            Typed:
              type: object
              additionalProperties: { type: string }
              properties:
                id: { type: integer, format: int32 }
            Closed:
              type: object
              additionalProperties: false
              properties:
                id: { type: integer, format: int32 }
        """;

    private static readonly Lazy<GeneratedCode> Code = new(() => GeneratedCode.Compile(
        new Spec("/specs/extra.yaml", Yaml, "Extra", "ExtraClient"),
        """
        using System.Text.Json;
        using Extra;

        public static class Probe
        {
            public static string Open(string json)
            {
                var value = JsonSerializer.Deserialize(json, ExtraClientJsonContext.Default.Open)!;
                return value.Id + "|" + string.Join(",", value.AdditionalProperties!.Keys) + "|" + JsonSerializer.Serialize(value, ExtraClientJsonContext.Default.Open);
            }

            public static string Typed(string json) =>
                JsonSerializer.Serialize(JsonSerializer.Deserialize(json, ExtraClientJsonContext.Default.Typed)!, ExtraClientJsonContext.Default.Typed);

            public static bool ClosedHasExtras() => typeof(Closed).GetProperty("AdditionalProperties") is not null;
        }
        """));

    [Fact]
    public void Undeclared_properties_are_kept_and_written_back()
    {
        Assert.Equal("""7|note,tags|{"id":7,"note":"kept","tags":[1,2]}""", Code.Value.Call<string>("Open", """{"id":7,"note":"kept","tags":[1,2]}"""));
        Assert.Equal("""{"id":1,"colour":"red"}""", Code.Value.Call<string>("Typed", """{"id":1,"colour":"red"}"""));
    }

    [Fact]
    public void A_closed_schema_gets_no_extension_property()
    {
        Assert.False(Code.Value.Call<bool>("ClosedHasExtras"));
    }
}
