using System;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// An enumeration written open for standard validators (<c>anyOf</c> of the documented values and a plain string)
/// generates the same open enum struct as a plain <c>enum</c> list, with the same values and descriptions.
/// </summary>
public sealed class OpenEnumTests
{
    private const string PlainEnum = """
        type: string
        description: How the task is scheduled.
        enum: [FIXED_TIME, DAY]
        x-enum-descriptions: [Runs once at a specified time., Runs every day.]
        """;

    private const string OpenEnum = """
        description: How the task is scheduled.
        anyOf:
          - type: string
            enum: [FIXED_TIME, DAY]
            x-enum-descriptions: [Runs once at a specified time., Runs every day.]
          - type: string
        """;

    private static readonly Lazy<GeneratedCode> Code = new(() => GeneratedCode.Compile(
        Document("open.yaml", OpenEnum),
        """
        using System.Text.Json;
        using Open;

        public static class Probe
        {
            public static string RoundTrip(string json)
            {
                var task = JsonSerializer.Deserialize(json, OpenClientJsonContext.Default.Task)!;
                var kind = task.Kind!.Value;
                return kind.Value + "|" + kind.IsKnown + "|" + (kind == TaskKind.Day) + "|" + JsonSerializer.Serialize(task, OpenClientJsonContext.Default.Task);
            }
        }
        """));

    [Fact]
    public void The_anyOf_form_generates_the_same_types_as_a_plain_enum_list()
    {
        var plain = GeneratorHarness.Run(Document("plain.yaml", PlainEnum));
        var open = GeneratorHarness.Run(Document("open.yaml", OpenEnum));

        Assert.Empty(open.GeneratorDiagnostics.Select(d => d.ToString()));
        Assert.Equal(Normalized(plain.Source(".Enums.g.cs")), Normalized(open.Source(".Enums.g.cs")));
        Assert.Equal(Normalized(plain.Source(".Models.g.cs")), Normalized(open.Source(".Models.g.cs")));
        Assert.DoesNotContain(open.Sources, source => source.HintName.EndsWith(".Unions.g.cs", StringComparison.Ordinal));
        Assert.Contains("/// <summary>Runs every day.</summary>", open.Source(".Enums.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Descriptions_beside_the_anyOf_document_the_values_too()
    {
        var result = GeneratorHarness.Run(Document("beside.yaml", """
            description: How the task is scheduled.
            x-enum-descriptions: [Runs once at a specified time., Runs every day.]
            anyOf:
              - type: string
                enum: [FIXED_TIME, DAY]
              - type: string
            """));

        Assert.Contains("/// <summary>Runs every day.</summary>", result.Source(".Enums.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_component_in_the_anyOf_form_is_an_enum_struct_too()
    {
        var result = GeneratorHarness.Run(new Spec("component.yaml", """
            openapi: 3.1.0
            info: { title: Open, version: "1" }
            paths:
              /tasks:
                get:
                  operationId: getTask
                  responses:
                    "200":
                      description: A task.
                      content:
                        application/json:
                          schema: { $ref: "#/components/schemas/Task" }
            components:
              schemas:
                Kind:
                  description: How the task is scheduled.
                  anyOf:
                    - type: string
                      enum: [FIXED_TIME, DAY]
                    - type: string
                Task:
                  type: object
                  properties:
                    kind: { $ref: "#/components/schemas/Kind" }
            """, "Open", "OpenClient"));

        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
        Assert.Contains("public readonly partial struct Kind ", result.Source(".Enums.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public global::Open.Kind? Kind { get; set; }", result.Source(".Models.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"kind":"DAY"}""", """DAY|True|True|{"kind":"DAY"}""")]
    [InlineData("""{"kind":"HOURLY"}""", """HOURLY|False|False|{"kind":"HOURLY"}""")]
    public void A_value_the_spec_does_not_list_is_kept_and_written_back(string json, string expected)
    {
        Assert.Equal(expected, Code.Value.Call<string>("RoundTrip", json));
    }

    [Fact]
    public void A_null_alternative_makes_the_required_property_nullable()
    {
        var result = GeneratorHarness.Run(Document("nullable.yaml", """
            description: How the task is scheduled.
            anyOf:
              - type: string
                enum: [FIXED_TIME, DAY]
              - type: string
              - type: "null"
            """, required: true));

        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
        Assert.Contains("public readonly partial struct TaskKind ", result.Source(".Enums.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public global::Open.TaskKind? Kind { get; set; }", result.Source(".Models.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain(result.Sources, source => source.HintName.EndsWith(".Unions.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("- type: string\n  enum: [FIXED_TIME, DAY]\n- type: string\n  format: date-time")]
    [InlineData("- type: string\n  enum: [FIXED_TIME, DAY]\n- type: integer")]
    [InlineData("- type: string\n  enum: [FIXED_TIME, DAY]\n- type: string\n  enum: [HOURLY]")]
    public void Alternatives_that_are_not_one_enum_and_a_plain_string_stay_a_union(string alternatives)
    {
        var indented = string.Join("\n", alternatives.Split('\n').Select(line => "  " + line));
        var result = GeneratorHarness.Run(Document("union.yaml", "anyOf:\n" + indented));

        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
        Assert.Contains("class TaskKind", result.Source(".Unions.g.cs"), StringComparison.Ordinal);
    }

    /// <summary>A spec whose <c>Task</c> has one property, <c>kind</c>, of the given schema.</summary>
    private static Spec Document(string path, string kindSchema, bool required = false)
    {
        var schema = string.Join("\n", kindSchema.Split('\n').Select(line => "          " + line));
        var text = $$"""
            openapi: 3.1.0
            info: { title: Open, version: "1" }
            paths:
              /tasks:
                get:
                  operationId: getTask
                  responses:
                    "200":
                      description: A task.
                      content:
                        application/json:
                          schema: { $ref: "#/components/schemas/Task" }
            components:
              schemas:
                Task:
                  type: object
                  {{(required ? "required: [kind]" : "description: A task.")}}
                  properties:
                    kind:
            {{schema}}
            """;
        return new Spec(path, text, "Open", "OpenClient");
    }

    // The header names the spec file, which differs between the two documents compared.
    private static string Normalized(string source) => string.Join("\n", source.Split('\n').Where(line => !line.StartsWith("// Generated from", StringComparison.Ordinal)));
}
