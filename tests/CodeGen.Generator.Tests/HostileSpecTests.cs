using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using CodeGen.Generator.Modeling;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>
/// Specs written to crash, exhaust or hijack the compiler, built here in code. Each runs on a 1 MB thread
/// stack (an IDE's thread is no bigger), so a recursion as deep as the input would end the test process.
/// </summary>
public sealed class HostileSpecTests
{
    private const string Head = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\n";

    [Fact]
    public void Line_terminators_and_controls_in_every_kind_of_spec_text_stay_inside_comments_and_literals()
    {
        // C# ends a line at CR, LF, U+0085, U+2028 and U+2029: each is tried where text reaches generated code.
        var payloads = new[] { "\r", "\n", "\u0085", "\u2028", "\u2029" }
            .Select(end => end + "public static int Pwned = 1;" + end + "#error pwned" + end + "// ")
            .ToList();
        foreach (var payload in payloads)
        {
            var text = Json(payload);
            var spec = JsonSpec(
                "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"T" + text + "\",\"version\":\"1" + text + "\",\"description\":\"d" + text + "\\u0000\\u0001\\u001f\\uFFFF\"}," +
                "\"servers\":[{\"url\":\"https://api.example.com/{stage}\",\"variables\":{\"stage\":{\"default\":\"v1" + text + "\",\"enum\":[\"v1" + text + "\",\"x" + text + "\"],\"description\":\"s" + text + "\"}}}]," +
                "\"paths\":{\"/items/{id" + text + "}\":{\"get\":{\"operationId\":\"get" + text + "\",\"summary\":\"g" + text + "\",\"description\":\"<see cref=\\\"X\\\"/>&" + text + "\"," +
                "\"parameters\":[{\"name\":\"id" + text + "\",\"in\":\"path\",\"required\":true,\"description\":\"p" + text + "\",\"schema\":{\"type\":\"string\"}}," +
                "{\"name\":\"X-Head" + text + "\",\"in\":\"header\",\"schema\":{\"type\":\"string\",\"default\":\"h" + text + "\"}}]," +
                "\"responses\":{\"200\":{\"description\":\"ok" + text + "\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/Pet\"}}}}}}}}," +
                "\"components\":{\"schemas\":{\"Pet\":{\"type\":\"object\",\"title\":\"t" + text + "\",\"description\":\"p" + text + "\",\"required\":[\"na" + text + "me\"]," +
                "\"properties\":{\"na" + text + "me\":{\"type\":\"string\",\"description\":\"n" + text + "\"},\"kind\":{\"type\":\"string\",\"enum\":[\"a" + text + "\",\"b\\\"\\\\c\"],\"x-enum-descriptions\":[\"e" + text + "\"]}," +
                "\"code\":{\"type\":\"integer\",\"enum\":[1,2]},\"tag\":{\"const\":\"c" + text + "\"}}}}}}");

            var result = RunOnSmallStack(() => GeneratorHarness.Run(new[] { spec }, documented: true));

            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.NotEmpty(result.Sources);
            Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
            AssertNothingInjected(result);
        }
    }

    [Fact]
    public void Line_terminators_quotes_and_keywords_in_security_schemes_stay_inside_comments_and_literals()
    {
        foreach (var end in new[] { "\r", "\n", "\u0085", "\u2028", "\u2029" })
        {
            var text = Json(end + "public static int Pwned = 1;" + end + "#error pwned" + end + "// \"\\\\");
            var spec = JsonSpec(
                "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"T\",\"version\":\"1\"}," +
                "\"security\":[{\"k" + text + "\":[]},{\"class\":[\"s" + text + "\"]}]," +
                "\"paths\":{\"/a\":{\"get\":{\"security\":[{\"b" + text + "\":[],\"class\":[]},{}],\"responses\":{\"204\":{\"description\":\"ok\"}}}}}," +
                "\"components\":{\"securitySchemes\":{" +
                "\"k" + text + "\":{\"type\":\"apiKey\",\"in\":\"header\",\"name\":\"X-K" + text + "\",\"description\":\"d" + text + "\"}," +
                "\"b" + text + "\":{\"type\":\"http\",\"scheme\":\"bearer\",\"description\":\"<see cref=\\\"X\\\"/>&" + text + "\"}," +
                "\"class\":{\"type\":\"oauth2\",\"flows\":{\"clientCredentials\":{\"tokenUrl\":\"https://login.example.test/t?a=\\\"b\",\"scopes\":{\"s" + text + "\":\"x\"}}}}," +
                "\"AddTClient\":{\"type\":\"http\",\"scheme\":\"basic\"}}}}");

            var result = RunOnSmallStack(() => GeneratorHarness.Run(new[] { spec }, documented: true));

            Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
            Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
            AssertNothingInjected(result);
            var registration = result.OutputCompilation.GetTypeByMetadataName("Hostile.HostileClientServiceCollectionExtensions")!;
            Assert.Equal(5, registration.GetMembers().OfType<IMethodSymbol>().Count(m => m.IsExtensionMethod));
        }
    }

    [Fact]
    public void Yaml_brackets_nested_fifty_thousand_deep_are_a_located_error_not_a_stack_overflow()
    {
        var spec = new Spec("/specs/deep.yaml", Head + "paths: {}\nx-deep: " + new string('[', 50_000) + new string(']', 50_000) + "\n");

        var result = RunOnSmallStack(() => GeneratorHarness.Run(spec));

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("OAPI001", error.Id);
        Assert.Equal((3, 135), Start(error));
        Assert.Contains("nests deeper than 128 levels", error.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Yaml_aliases_that_nest_past_the_depth_limit_once_expanded_are_a_located_error_at_the_alias()
    {
        // Text 63 levels deep at most; expanded, the third anchor would nest 184 levels and the fourteenth 843.
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/tower.yaml", HostileInputs.AliasTower(14, 60))));

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI001", (8, 12 + (21 * 60))), (error.Id, Start(error)));
        Assert.Contains("'*s2' stands for 121 levels of nesting here, 63 deep", error.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Yaml_aliases_that_nest_just_within_the_depth_limit_generate_on_a_small_stack()
    {
        var holder = "    Holder: {type: object, properties: {deep: {$ref: '#/components/schemas/S2'}}}\n";

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/tower.yaml", HostileInputs.AliasTower(2, 60) + holder)));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Contains("public partial class Holder", result.Source(".Models.g.cs"), StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void Json_nested_past_the_depth_limit_is_a_located_error()
    {
        var spec = JsonSpec("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},\"x-deep\":" + new string('[', 5_000) + new string(']', 5_000) + "}");

        var result = RunOnSmallStack(() => GeneratorHarness.Run(spec));

        Assert.Equal("OAPI001", Assert.Single(result.GeneratorDiagnostics).Id);
        Assert.Empty(result.Sources);
    }

    [Theory]
    [InlineData("properties", 5_000)]
    [InlineData("oneOf", 5_000)]
    [InlineData("allOf-discriminator", 150)]
    [InlineData("alias", 20_000)]
    [InlineData("wrapper", 5_000)]
    public void Reference_chains_thousands_long_generate_without_recursing_as_deep_as_the_chain(string shape, int length)
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(Chain(shape, length)));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Contains(result.Sources, s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("properties")]
    [InlineData("oneOf")]
    [InlineData("allOf-discriminator")]
    [InlineData("alias")]
    [InlineData("wrapper")]
    [InlineData("arrays")]
    public void Short_reference_chains_of_every_shape_compile_clean(string shape)
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(Chain(shape, 40)));

        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void A_type_used_through_allOf_description_wrappers_is_declared_once_not_once_per_path()
    {
        // Each schema refers to the next three times through allOf wrappers: a class per use would be 3^n classes.
        var result = RunOnSmallStack(() => GeneratorHarness.Run(Chain("wrapper", 30)));

        var models = result.Source(".Models.g.cs");
        Assert.Equal(30, CSharpSyntaxTree.ParseText(models, cancellationToken: TestContext.Current.CancellationToken).GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<ClassDeclarationSyntax>().Count());
        Assert.Contains("The next link.", models, StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void Array_chains_stop_spelling_nested_lists_at_the_limit_with_one_warning()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(Chain("arrays", 20_000)));

        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI006", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Contains("nested more than 16 levels deep", warning.GetMessage(), StringComparison.Ordinal);
        Assert.True(result.Sources.Sum(s => s.Text.Length) < 2_000_000);
    }

    [Fact]
    public void An_allOf_chain_that_would_copy_its_properties_quadratically_is_stopped_at_the_property_budget()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(Chain("allOf", 5_000)));

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI015", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Contains("properties, enum values and derived classes in all, the most it builds for a spec of this size", error.GetMessage(), StringComparison.Ordinal);
        Assert.NotEqual((0, 0), Start(error));
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Yaml_aliases_that_expand_exponentially_are_stopped_with_a_located_error()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/laughs.yaml", HostileInputs.AliasBomb(11))));

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("OAPI001", error.Id);
        Assert.Contains("expands to more than", error.GetMessage(), StringComparison.Ordinal);
        Assert.True(Start(error).Line >= 3);
    }

    [Fact]
    public void Long_keys_deep_in_the_document_do_not_multiply_into_the_source_map()
    {
        // Every node under a 200,000-character key: a pointer per node would hold 20,000 copies of the key.
        var spec = JsonSpec(HostileInputs.LongKeys(20_000));

        var result = RunOnSmallStack(() => GeneratorHarness.Run(spec));

        Assert.Contains(result.Sources, s => s.HintName.EndsWith(".Client.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("schema", "paths: {}\ncomponents:\n  schemas:\n    A: {$ref: '#/components/schemas/B'}\n    B: {$ref: '#/components/schemas/A'}\n", 5, 14)]
    [InlineData("parameter", "paths:\n  /x:\n    get:\n      parameters:\n        - $ref: '#/components/parameters/P'\n      responses: {'200': {description: ok}}\ncomponents:\n  parameters:\n    P: {$ref: '#/components/parameters/Q'}\n    Q: {$ref: '#/components/parameters/P'}\n", 6, 16)]
    [InlineData("path item", "paths:\n  /x: {$ref: '#/paths/~1y'}\n  /y: {$ref: '#/paths/~1x'}\n", 3, 13)]
    public void A_reference_cycle_is_a_located_error_of_its_own(string kind, string body, int line, int column)
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/cycle.yaml", Head + body)));

        var cycle = result.GeneratorDiagnostics.Where(d => d.Id == "OAPI014").OrderBy(Start).First();
        Assert.True(cycle.Severity == DiagnosticSeverity.Error, kind);
        Assert.Equal((line, column), Start(cycle));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "OAPI007");
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void An_empty_reference_is_a_located_unresolved_reference()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/empty.yaml", Head + "paths:\n  /x:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: ''}\n")));

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI004", (10, 29)), (error.Id, Start(error)));
        Assert.Contains("(it is empty)", error.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void References_into_other_files_are_reported_wherever_they_stand()
    {
        var body = "paths:\n  /x:\n    get:\n      parameters:\n        - $ref: 'other.yaml#/components/parameters/P'\n" +
            "      requestBody: {$ref: 'other.yaml#/components/requestBodies/B'}\n" +
            "      responses:\n        '200': {$ref: 'other.yaml#/components/responses/R'}\n  /y: {$ref: 'other.yaml#/paths/~1y'}\n";

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/external.yaml", Head + body)));

        var external = result.GeneratorDiagnostics.Where(d => d.Id == "OAPI004").Select(Start).OrderBy(p => p).ToList();
        Assert.Equal(new[] { (6, 16), (7, 26), (9, 22), (10, 13) }, external);
        Assert.All(result.GeneratorDiagnostics.Where(d => d.Id == "OAPI004"), d => Assert.Contains("points into another file", d.GetMessage(), StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("maxLength: 99999999999", "maxLength")]
    [InlineData("minLength: 99999999999", "minLength")]
    [InlineData("maxItems: 1e400", "maxItems")]
    [InlineData("maxProperties: 1e10", "maxProperties")]
    [InlineData("multipleOf: 1e400", "multipleOf")]
    [InlineData("exclusiveMaximum: 5", "exclusiveMaximum")]
    [InlineData("maxLength: 0o7777777777777777777777777", "maxLength")]
    public void Numbers_the_openapi_reader_cannot_convert_are_located_warnings_and_the_spec_still_generates(string keyword, string name)
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/numbers.yaml", Head + "paths: {}\nx-big: 0o77777777777777777777777777\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        s: {type: integer, " + keyword + "}\n")));

        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI013", DiagnosticSeverity.Warning, 9), (warning.Id, warning.Severity, Start(warning).Line));
        Assert.Contains("'" + name + "' is ", warning.GetMessage(), StringComparison.Ordinal);
        Assert.Contains(result.Sources, s => s.HintName.EndsWith(".Models.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void A_property_named_like_a_numeric_keyword_is_not_mistaken_for_one()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/names.yaml", Head + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        minLength: {type: integer}\n        multipleOf: {type: string}\n")));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Contains("MinLength", result.Source(".Models.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("default")]
    [InlineData("example")]
    [InlineData("enum")]
    [InlineData("const")]
    [InlineData("x-id")]
    public void A_property_named_like_a_data_keyword_or_an_extension_is_checked_like_any_other(string name)
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/names.yaml", Head + "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        " + name + ": {type: string, maxLength: 99999999999}\n")));

        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI013", (8, 36 + name.Length)), (warning.Id, Start(warning)));
        Assert.Contains(result.Sources, s => s.HintName.EndsWith(".Models.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void An_external_reference_for_the_default_response_is_reported_like_the_others()
    {
        var body = "paths:\n  /x:\n    get:\n      responses:\n        '200': {description: ok}\n        default: {$ref: 'other.yaml#/components/responses/R'}\n";

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/external.yaml", Head + body)));

        var error = Assert.Single(result.GeneratorDiagnostics, d => d.Id == "OAPI004");
        Assert.Equal((7, 24), Start(error));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "OAPI007");
    }

    [Theory]
    [InlineData("maxLength")]
    [InlineData("$ref")]
    public void A_keyword_holding_values_nested_to_the_depth_limit_is_a_located_diagnostic(string keyword)
    {
        // The anchor nests 120 levels: at the keyword, 6 levels deep, that is within the limit; a second alias level is not.
        var tower = "x-a0: &a0 " + new string('[', 120) + "1" + new string(']', 120) + "\n";
        var schema = "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        p: {type: string, " + keyword + ": *a0}\n";

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/deep.yaml", Head + "paths: {}\n" + tower + schema)));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI013", 9), (diagnostic.Id, Start(diagnostic).Line));
        Assert.Contains("'" + keyword + "' is an array", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a property that is a number", Head + "paths: {}\ncomponents:\n  schemas:\n    A: {type: object, properties: {a: 1}}\n", "OAPI013", 5, 38)]
    [InlineData("a schema that is a number", Head + "paths: {}\ncomponents:\n  schemas:\n    A: 5\n", "OAPI013", 5, 7)]
    [InlineData("a parameter required 'yes'", Head + "paths:\n  /x:\n    get:\n      parameters:\n        - {name: q, in: query, required: yes, schema: {type: string}}\n      responses: {'200': {description: ok}}\n", "OAPI013", 6, 41)]
    [InlineData("additionalProperties 'no'", Head + "paths: {}\ncomponents:\n  schemas:\n    A: {type: object, additionalProperties: 'no'}\n", "OAPI013", 5, 44)]
    [InlineData("a media type that is a number", Head + "paths:\n  /x:\n    get:\n      responses: {'200': {description: ok, content: {application/json: 5}}}\n", "OAPI013", 5, 71)]
    [InlineData("a server variable that is text", Head + "servers: [{url: 'https://{r}.example.com', variables: {r: eu}}]\npaths: {}\n", "OAPI013", 2, 58)]
    [InlineData("a discriminator mapping to nothing", Head + "paths: {}\ncomponents:\n  schemas:\n    P: {type: object, discriminator: {propertyName: k, mapping: {x: ''}}, properties: {k: {type: string}}}\n", "OAPI013", 5, 68)]
    [InlineData("a reference ending in '/'", Head + "paths: {}\ncomponents:\n  schemas:\n    A: {type: object, properties: {b: {$ref: '#/components/schemas/A/'}}}\n", "OAPI004", 5, 45)]
    [InlineData("a reference to the paths section", Head + "paths: {}\ncomponents:\n  schemas:\n    A: {type: object, properties: {b: {$ref: '#/paths'}}}\n", "OAPI004", 5, 45)]
    [InlineData("a reference to the whole document", Head + "paths: {}\ncomponents:\n  schemas:\n    A: {type: object, properties: {b: {$ref: '#'}}}\n", "OAPI004", 5, 45)]
    [InlineData("a Swagger reference that is a number", "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      parameters:\n        - $ref: 5\n      responses: {'200': {description: ok}}\n", "OAPI013", 6, 16)]
    [InlineData("a Swagger form parameter whose type is a list", "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    post:\n      consumes: [application/x-www-form-urlencoded]\n      parameters:\n        - {name: a, in: formData, type: [string]}\n      responses: {'200': {description: ok}}\n", "OAPI013", 7, 40)]
    [InlineData("a Swagger form parameter without a type", "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    post:\n      consumes: [application/x-www-form-urlencoded]\n      parameters:\n        - {name: a, in: formData}\n      responses: {'200': {description: ok}}\n", "OAPI013", 7, 10)]
    [InlineData("a Swagger query parameter whose type is a map", "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      parameters:\n        - {name: a, in: query, type: {}}\n      responses: {'200': {description: ok}}\n", "OAPI013", 6, 37)]
    [InlineData("an OpenAPI 3.1 schema referring to nothing", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Pet: {$ref: '#/definitions/Pet'}\n", "OAPI004", 5, 16)]
    [InlineData("a Swagger scheme that is a number", "swagger: '2.0'\ninfo: {title: t, version: '1'}\nhost: api.example.com\nschemes: [https, 5]\npaths: {}\n", "OAPI013", 3, 17)]
    [InlineData("a Swagger reference to a whole file", "openapi: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      parameters:\n        - $ref: other.yaml\n      responses: {'200': {description: ok}}\n", "OAPI004", 6, 16)]
    [InlineData("a Swagger reference to a whole file, read as 2.0 from 'openapi'", "swagger: '2.0'\ninfo: {title: t, version: '1'}\npaths:\n  /x:\n    get:\n      parameters:\n        - $ref: other.yaml\n      responses: {'200': {description: ok}}\n", "OAPI004", 6, 16)]
    public void A_value_of_the_wrong_type_is_a_located_diagnostic_not_a_generator_failure(string mistake, string yaml, string id, int line, int column)
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/mistake.yaml", yaml)));

        var diagnostic = Assert.Single(result.GeneratorDiagnostics, d => d.Id == id);
        Assert.Equal((line, column), Start(diagnostic));
        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Id == "OAPI007");
        Assert.True(result.Sources.Any(), mistake);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void Values_that_only_look_like_type_mistakes_are_left_alone()
    {
        // A link's parameters are expressions, an example's value is data, scopes are named by the author, dependentSchemas may hold true.
        var body = "paths:\n  /x/{id}:\n    get:\n      operationId: getX\n      parameters: [{name: id, in: path, required: true, schema: {type: string}}]\n" +
            "      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/A'}\n" +
            "              examples: {one: {value: {required: 'yes', $ref: 5, schemes: [5], properties: {a: 1}}}}\n" +
            "          links: {self: {operationId: getX, parameters: {id: '$response.body#/id'}}}\n" +
            "components:\n  securitySchemes:\n    oauth: {type: oauth2, flows: {clientCredentials: {tokenUrl: 'https://example.com/token', scopes: {required: 'yes', type: 'any'}}}}\n" +
            "  schemas:\n    A: {type: object, properties: {id: {type: string}}, dependentSchemas: {id: true}}\n";

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/lookalikes.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\n" + body)));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void No_value_of_the_wrong_type_anywhere_in_a_spec_makes_the_generator_fail(int baseSpec)
    {
        // Each value in turn replaced by a number, a string, a list, a map, null or a reference, as a careless edit would.
        var failures = new List<string>();
        var variants = 0;
        foreach (var (place, swap, text) in HostileInputs.TypeSwaps(HostileInputs.TypeSwapBases[baseSpec]))
        {
            variants++;
            var input = new CodeGen.Generator.Input.SpecInput("/specs/swapped.json", text, new CodeGen.Generator.Input.SpecOptions("Swapped", "SwappedClient", null));
            var result = RunOnSmallStack(() => SpecPipeline.BuildModel(input, TestContext.Current.CancellationToken));
            var emitted = SpecPipeline.Emit((((CodeGen.Generator.Model.EmitInput.Of(result, TestContext.Current.CancellationToken), CodeGen.Generator.Input.TemplateSet.Empty), CodeGen.Generator.Helpers.EquatableArray<CodeGen.Generator.Model.TypeConflict>.Empty), true), TestContext.Current.CancellationToken);
            if (result.Diagnostics.Concat(emitted.Diagnostics).FirstOrDefault(d => d.Id == "OAPI007") is { } failure)
            {
                failures.Add(place + " := " + swap + ": " + string.Join(", ", failure.Arguments));
            }
        }

        Assert.True(variants > 500, variants + " variants");
        Assert.Empty(failures);
    }

    [Fact]
    public void A_key_repeated_in_a_json_object_is_a_located_syntax_error()
    {
        var spec = JsonSpec("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\n\"paths\":{},\"components\":{\"schemas\":{\"A\":{\"type\":\"object\",\"type\":\"string\"}}}}");

        var result = RunOnSmallStack(() => GeneratorHarness.Run(spec));

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI001", (1, 57)), (error.Id, Start(error)));
        Assert.Contains("the key 'type' is already in this object", error.GetMessage(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0x", 'f', 4_096, false)]
    [InlineData("0x", 'f', 4_097, true)]
    [InlineData("0o", '7', 4_096, false)]
    [InlineData("0o", '7', 1_000_000, true)]
    public void A_hexadecimal_or_octal_integer_past_four_thousand_digits_is_a_located_error(string prefix, char digit, int digits, bool refused)
    {
        // Converting such a number to decimal takes quadratic time: a million digits took minutes.
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/number.yaml", Head + "paths: {}\nx-big: " + prefix + new string(digit, digits) + "\n")));

        if (refused)
        {
            var error = Assert.Single(result.GeneratorDiagnostics);
            Assert.Equal(("OAPI001", (3, 7)), (error.Id, Start(error)));
            Assert.Contains("more than 4,096 digits", error.GetMessage(), StringComparison.Ordinal);
        }
        else
        {
            Assert.Empty(result.GeneratorDiagnostics);
        }
    }

    [Fact]
    public void Line_breaks_and_direction_overrides_quoted_from_the_spec_are_escaped_in_diagnostic_messages()
    {
        var forged = "\n/src/Program.cs(1,1): error CS9999: forged\r\u2028\u0085\u202E";
        var spec = JsonSpec("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{\"A\":{\"type\":\"object\",\"properties\":{\"a\":{\"$ref\":\"other.json#/x" + Json(forged) + "\"}," +
            "\"b\":{\"type\":\"string\",\"maxLength\":\"" + Json(forged) + "\"}}}}}}");

        var result = RunOnSmallStack(() => GeneratorHarness.Run(spec));

        Assert.Equal(new[] { "OAPI004", "OAPI013" }, result.GeneratorDiagnostics.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(result.GeneratorDiagnostics, d => Assert.DoesNotContain(d.GetMessage(), c => c is '\r' or '\n' or '\u2028' or '\u0085' or '\u202E'));
        Assert.Contains("forged\\r\\u2028\\u0085\\u202E'", result.GeneratorDiagnostics.Single(d => d.Id == "OAPI004").GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'maxLength' is \"\\n/src/Program.cs(1,1)", result.GeneratorDiagnostics.Single(d => d.Id == "OAPI013").GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void Half_a_surrogate_pair_escaped_in_json_is_a_located_syntax_error()
    {
        var spec = JsonSpec("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\n\"paths\":{},\"x-text\":\"bad \\ud800 here\"}");

        var result = RunOnSmallStack(() => GeneratorHarness.Run(spec));

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI001", (1, 20)), (error.Id, Start(error)));
        Assert.Contains("surrogate", error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_tab_in_yaml_indentation_is_placed_on_its_line()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/tabs.yaml", Head + "paths:\n  /x:\n\tget: {}\n")));

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI001", (4, 0)), (error.Id, Start(error)));
    }

    [Fact]
    public void A_union_that_lists_itself_compiles()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/self.yaml", Head + "paths: {}\ncomponents:\n  schemas:\n    U:\n      oneOf:\n        - $ref: '#/components/schemas/U'\n        - type: string\n        - type: integer\n")));

        Assert.Equal(("OAPI010", (7, 10)), (Assert.Single(result.GeneratorDiagnostics).Id, Start(result.GeneratorDiagnostics[0])));
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void A_status_range_with_non_ascii_digits_is_not_read_as_a_range()
    {
        var body = "paths:\n  /x:\n    get:\n      operationId: getX\n      responses:\n        '200': {description: ok}\n        '\u0664XX':\n          description: bad\n          content:\n            application/json:\n              schema: {type: object, properties: {a: {type: string}}}\n";

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/digits.yaml", Head + body)));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Theory]
    [InlineData(NullableContextOptions.Enable)]
    [InlineData(NullableContextOptions.Disable)]
    public void Enums_and_unions_named_like_the_members_they_always_declare_get_a_suffix_and_compile(NullableContextOptions nullable)
    {
        // A type cannot be named like its own member (CS0542): enum Value would hold a Value property, union Json a Json one.
        var body = "paths: {}\ncomponents:\n  schemas:\n" +
            "    value: {type: string, enum: [a, b]}\n" +
            "    Equals: {type: string, enum: [c]}\n" +
            "    json: {oneOf: [{$ref: '#/components/schemas/A'}, {$ref: '#/components/schemas/B'}]}\n" +
            "    A: {type: object, required: [a], properties: {a: {type: string}}}\n" +
            "    B: {type: object, required: [b], properties: {b: {type: integer}}}\n" +
            "    Holder: {type: object, properties: {value: {$ref: '#/components/schemas/value'}, json: {$ref: '#/components/schemas/json'}}}\n";

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new[] { new Spec("/specs/members.yaml", Head + body) }, nullable: nullable));

        Assert.Empty(result.GeneratorDiagnostics);
        var declared = result.OutputCompilation.GetSymbolsWithName(_ => true, SymbolFilter.Type, TestContext.Current.CancellationToken).Select(type => type.Name).ToHashSet(StringComparer.Ordinal);
        Assert.All(new[] { "ValueEnum", "EqualsEnum", "JsonUnion", "Holder" }, name => Assert.Contains(name, declared));
        Assert.DoesNotContain("Value", declared);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void Boolean_schemas_generate_instead_of_failing_the_reader()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/booleans.yaml", "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n        anything: true\n        nothing: false\n        list: {type: array, items: true}\n        mixed: {allOf: [true, {type: object, properties: {id: {type: string}}}]}\n    Never: false\n")));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        Assert.Contains("Anything", result.Source(".Models.g.cs"), StringComparison.Ordinal);
        Assert.Contains("public string? Id", result.Source(".Models.g.cs"), StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void A_schema_referred_to_outside_the_components_is_declared_once_however_often_it_is_used()
    {
        // 5,000 uses of an enum inside another schema: copied to each use, they would be 5,000 enums of 150 members.
        var values = string.Join(",", Enumerable.Range(0, 150).Select(i => "\"v" + i + "\""));
        var uses = string.Join(",", Enumerable.Range(0, 5_000).Select(i => "\"p" + i + "\":{\"$ref\":\"#/components/schemas/Holder/properties/leaf\"}"));
        var spec = JsonSpec("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{" +
            "\"Holder\":{\"type\":\"object\",\"properties\":{\"leaf\":{\"type\":\"string\",\"enum\":[" + values + "]}}}," +
            "\"Uses\":{\"type\":\"object\",\"properties\":{" + uses + "}}}}}");

        var result = RunOnSmallStack(() => GeneratorHarness.Run(spec));

        Assert.Empty(result.GeneratorDiagnostics);
        var enums = CSharpSyntaxTree.ParseText(result.Source(".Enums.g.cs"), cancellationToken: TestContext.Current.CancellationToken).GetRoot(TestContext.Current.CancellationToken).DescendantNodes().OfType<StructDeclarationSyntax>().Select(e => e.Identifier.Text).ToList();
        Assert.Equal(new[] { "HolderLeaf", "HolderPropertiesLeaf" }, enums.OrderBy(name => name, StringComparer.Ordinal));
        Assert.Contains("public global::Hostile.HolderPropertiesLeaf? P4999 { get; set; }", result.Source(".Models.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_run_stops_with_cancellation_rather_than_a_diagnostic()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var input = new CodeGen.Generator.Input.SpecInput("/specs/chain.json", Chain("properties", 100).Text, new CodeGen.Generator.Input.SpecOptions("Chain", "ChainClient", null));

        Assert.ThrowsAny<OperationCanceledException>(() => SpecPipeline.BuildModel(input, cancelled.Token));
    }

    [Fact]
    public void A_cancelled_emission_stops_with_cancellation_rather_than_a_diagnostic()
    {
        var input = new CodeGen.Generator.Input.SpecInput("/specs/chain.json", Chain("properties", 100).Text, new CodeGen.Generator.Input.SpecOptions("Chain", "ChainClient", null));
        var result = SpecPipeline.BuildModel(input, TestContext.Current.CancellationToken);
        Assert.NotNull(result.Model);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => SpecPipeline.Emit((((CodeGen.Generator.Model.EmitInput.Of(result, TestContext.Current.CancellationToken), CodeGen.Generator.Input.TemplateSet.Empty), CodeGen.Generator.Helpers.EquatableArray<CodeGen.Generator.Model.TypeConflict>.Empty), true), cancelled.Token));
    }

    [Theory]
    [InlineData(NullableContextOptions.Enable)]
    [InlineData(NullableContextOptions.Disable)]
    public void Parameters_named_after_contextual_keywords_compile(NullableContextOptions nullable)
    {
        // Inside the generated async methods `await` is a keyword, and a local called `nameof` captures nameof(...).
        var names = new[] { "await", "nameof", "var", "async", "value", "dynamic", "global", "_" };
        var parameters = string.Concat(names.Select(name => "        - {name: '" + name + "', in: query, schema: {type: string}}\n        - {name: '" + name + "-h', in: header, schema: {type: string}}\n"));
        var yaml = Head + "paths:\n  /x/{nameof}:\n    get:\n      operationId: getX\n      parameters:\n        - {name: nameof, in: path, required: true, schema: {type: string}}\n" +
            parameters.Replace("- {name: 'nameof', in: query", "- {name: 'nameof', in: cookie", StringComparison.Ordinal) + "      responses: {'204': {description: ok}}\n";

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new[] { new Spec("/specs/keywords.yaml", yaml) }, nullable: nullable));

        Assert.DoesNotContain(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
        Assert.Contains("@await", result.Source("Client.g.cs"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NullableContextOptions.Enable)]
    [InlineData(NullableContextOptions.Disable)]
    public void Names_that_differ_only_by_formatting_characters_get_distinct_identifiers_and_bidi_controls_stay_escaped(NullableContextOptions nullable)
    {
        // C# ignores formatting characters when it compares identifiers, so "a\u00ADb" and "ab" are one name to it.
        var body = "paths:\n  /x:\n    get:\n      operationId: getX\n      parameters:\n" +
            "        - {name: \"a\\u00ADb\", in: query, schema: {type: string}}\n        - {name: ab, in: query, schema: {type: string}}\n" +
            "      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {$ref: '#/components/schemas/A'}\n" +
            "components:\n  schemas:\n    A:\n      type: object\n      properties:\n        ab: {type: string}\n        \"a\\u00ADb\": {type: string}\n        \"a\\u200Db\": {type: string}\n" +
            "        \"user\\u202ENAME\": {type: string, description: \"d\\u202Ee\", default: \"v\\u2066w\"}\n        kind: {type: string, enum: [ab, \"a\\u00ADb\", \"_\", \"\\u200D\", \"x\\u2067y\"]}\n" +
            "    \"A\\u00AD\": {type: object, properties: {v: {type: string}}}\n";

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new[] { new Spec("/specs/format.yaml", Head + body).With("KeepUnusedSchemas", "true") }, nullable: nullable, documented: true));

        Assert.Equal(
            new[] { ("OAPI005", (8, 10)), ("OAPI003", (15, 0)), ("OAPI005", (21, 8)), ("OAPI005", (22, 8)), ("OAPI005", (25, 4)) },
            result.GeneratorDiagnostics.Select(d => (d.Id, Start(d))).OrderBy(d => d.Item2).ToArray());
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
        var bidi = new[] { '\u061C', '\u200E', '\u200F', '\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069' };
        Assert.All(result.Sources, source => Assert.True(source.Text.IndexOfAny(bidi) < 0, source.HintName));
        var models = result.Source(".Models.g.cs");
        Assert.Contains("public string? UserName { get; set; }", models, StringComparison.Ordinal);
        Assert.Contains("JsonPropertyName(\"user\\u202ENAME\")", models, StringComparison.Ordinal);
        Assert.Contains("public string? Ab3 { get; set; }", models, StringComparison.Ordinal);
        Assert.Contains("partial class A2", models, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(NullableContextOptions.Enable)]
    [InlineData(NullableContextOptions.Disable)]
    public void Names_thousands_of_characters_long_are_cut_below_the_compilers_metadata_limit(NullableContextOptions nullable)
    {
        // Each character of U+4E00 takes three bytes in metadata, where a name may take 1,024.
        var name = new string('\u4e00', 1_500);
        var spec = JsonSpec(
            "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{\"/x\":{\"get\":{\"operationId\":\"" + name + "\",\"parameters\":[{\"name\":\"" + name + "\",\"in\":\"query\",\"schema\":{\"type\":\"string\"}}]," +
            "\"responses\":{\"200\":{\"description\":\"ok\",\"content\":{\"application/json\":{\"schema\":{\"$ref\":\"#/components/schemas/" + name + "\"}}}}}}}},\"components\":{\"schemas\":{\"" + name + "\":{\"type\":\"object\",\"properties\":{" +
            "\"" + name + "\":{\"type\":\"string\",\"enum\":[\"" + name + "a\",\"" + name + "b\"]},\"" + name + "x\":{\"type\":\"object\",\"properties\":{\"" + name + "\":{\"type\":\"string\"}}}}}}}}");

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new[] { spec }, nullable: nullable));

        // Cut, the class and both properties have one name: the properties become NameValue and NameValue2.
        var renamed = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("OAPI005", renamed.Id);
        Assert.StartsWith("Property '", renamed.GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith(new string('\u4e00', 20) + "Value2'", renamed.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
        var longest = result.OutputCompilation.SyntaxTrees.SelectMany(tree => tree.GetRoot().DescendantTokens()).Where(token => token.IsKind(SyntaxKind.IdentifierToken)).Max(token => token.ValueText.Length);

        // Templates prefix a few names ("__Create_" + a JSON context property).
        Assert.InRange(longest, CodeGen.Generator.Modeling.Identifiers.MaxWordsLength, CodeGen.Generator.Modeling.Identifiers.MaxDeclaredLength + 16);
    }

    [Theory]
    [InlineData(NullableContextOptions.Enable)]
    [InlineData(NullableContextOptions.Disable)]
    public void A_time_zone_property_that_is_not_a_string_is_a_located_warning_and_the_output_compiles(NullableContextOptions nullable)
    {
        var body = "paths: {}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n" +
            "        born: {type: string, x-codegen-format: local-datetime, x-codegen-time-zone-property: tz}\n        tz: {type: integer}\n" +
            "        seen: {type: string, x-codegen-format: local-datetime, x-codegen-time-zone-property: zone}\n        zone: {type: string}\n";

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new[] { new Spec("/specs/zone.yaml", Head + body) }, nullable: nullable));

        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI006", DiagnosticSeverity.Warning, (8, 63)), (warning.Id, warning.Severity, Start(warning)));
        Assert.Contains("A time-zone property that is not a string is not supported; 'born'", warning.GetMessage(), StringComparison.Ordinal);
        var models = result.Source(".Models.g.cs");
        Assert.Contains("BornValue", models, StringComparison.Ordinal);
        Assert.DoesNotContain("BornOffset", models, StringComparison.Ordinal);
        Assert.Contains("SeenOffset", models, StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Theory]
    [InlineData(NullableContextOptions.Enable)]
    [InlineData(NullableContextOptions.Disable)]
    public void An_inline_allOf_that_composes_its_own_parent_is_one_class_not_a_limit(NullableContextOptions nullable)
    {
        var body = "paths: {}\ncomponents:\n  schemas:\n    Node:\n      type: object\n      properties:\n        child:\n          allOf:\n" +
            "            - $ref: '#/components/schemas/Node'\n            - properties:\n                depth: {type: integer}\n";

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new[] { new Spec("/specs/node.yaml", Head + body) }, nullable: nullable));

        Assert.Empty(result.GeneratorDiagnostics);
        var classes = CSharpSyntaxTree.ParseText(result.Source(".Models.g.cs"), cancellationToken: TestContext.Current.CancellationToken).GetRoot(TestContext.Current.CancellationToken)
            .DescendantNodes().OfType<ClassDeclarationSyntax>().ToDictionary(c => c.Identifier.Text, c => c.Members.OfType<PropertyDeclarationSyntax>().Select(p => p.Type + " " + p.Identifier.Text).ToArray());
        Assert.Equal(new[] { "Node", "NodeChild" }, classes.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.Equal(new[] { "global::Consumer.Node.NodeChild? Child" }, classes["Node"]);
        Assert.Equal(new[] { "global::Consumer.Node.NodeChild? Child", "long? Depth" }, classes["NodeChild"]);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void An_inline_schema_of_a_shared_parameter_body_or_response_is_declared_once_for_all_operations()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(HostileInputs.SharedInlineComponents(200)));

        Assert.Empty(result.GeneratorDiagnostics);
        var root = CSharpSyntaxTree.ParseText(string.Concat(result.Sources.Select(s => s.Text)), cancellationToken: TestContext.Current.CancellationToken).GetRoot(TestContext.Current.CancellationToken);
        Assert.Equal(new[] { "PostP0Mode" }, root.DescendantNodes().OfType<StructDeclarationSyntax>().Select(s => s.Identifier.Text));
        Assert.Equal(new[] { "PostP0Request", "PostP0Response" }, root.DescendantNodes().OfType<ClassDeclarationSyntax>().Select(c => c.Identifier.Text).Where(n => n.StartsWith("Post", StringComparison.Ordinal)).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Contains("Task<global::Hostile.PostP0Response> PostP199Async(", result.Source(".Client.g.cs"), StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void Names_of_nested_inline_types_stay_bounded_however_long_the_chain_of_property_names()
    {
        // Each nested type adds its property's 1,000-character name to its parent's: unbounded, 30 levels spell 15 M characters.
        var result = RunOnSmallStack(() => GeneratorHarness.Run(HostileInputs.NestedInlineNames(30, 1_000)));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.InRange(result.Sources.Sum(s => (long)s.Text.Length), 1, 1_500_000);
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void Enum_values_count_in_the_model_budget()
    {
        // One anchored enum of 2,000 values used 130 times: 130 enums, 260,000 values from a 15 KB spec, whose budget is
        // 25,000 members: the thirteenth use passes it.
        var values = string.Join(", ", Enumerable.Range(0, 2_000).Select(i => "v" + i));
        var uses = string.Concat(Enumerable.Range(0, 130).Select(i => "        p" + i + ": *e\n"));
        var body = "paths: {}\nx-enum: &e {type: string, enum: [" + values + "]}\ncomponents:\n  schemas:\n    A:\n      type: object\n      properties:\n" + uses;

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/enums.yaml", Head + body)));

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI015", (21, 8)), (error.Id, Start(error)));
        Assert.Contains("more than 25,000 properties, enum values and derived classes", error.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void An_allOf_chain_of_long_property_names_is_stopped_at_the_character_budget()
    {
        // 500 links would copy 125,000 properties with 1,000-character wire names; the 530 KB spec's member budget
        // (132,000) would allow them, but their spelling passes 16 M characters after some 13,000.
        var result = RunOnSmallStack(() => GeneratorHarness.Run(Chain("allOf-long-names", 500)));

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI015", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Contains("more than 16,000,000 characters of member names, types and wire names", error.GetMessage(), StringComparison.Ordinal);
        Assert.Equal((0, 363856), Start(error));
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void An_allOf_diamond_is_stopped_by_a_budget_before_its_output_grows_with_the_square_of_its_levels()
    {
        // 200 levels (57 KB) would hold 80,000 properties, some 32 M characters of output, under the absolute member
        // budget; the budget of a spec its size, or the copying the classes would do, stops it first.
        var result = RunOnSmallStack(() => GeneratorHarness.Run(HostileInputs.AllOfDiamond(200)));

        var error = Assert.Single(result.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(("OAPI015", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Contains(" in all, the most ", error.GetMessage(), StringComparison.Ordinal);
        Assert.NotEqual((0, 0), Start(error));
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void Composed_properties_keep_the_order_of_the_allOf_parts_when_parts_are_reached_along_several_routes()
    {
        // S3 composes S2 and T2, which both compose S1 and T1, which both compose S0 and T0: each part once, parts first.
        var result = RunOnSmallStack(() => GeneratorHarness.Run(HostileInputs.AllOfDiamond(4).With("KeepUnusedSchemas", "true")));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Equal(new[] { "S0", "T0", "S1", "T1", "S2", "T2", "S3Value" }, PropertyNames(result, "S3"));
        Assert.Equal(new[] { "T0", "S0", "T1", "S1", "T2", "S2", "T3Value" }, PropertyNames(result, "T3"));
        Assert.Equal(new[] { "T0", "S0", "T1", "S1", "T2Value" }, PropertyNames(result, "T2"));
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
    }

    [Fact]
    public void Schemas_composing_each_other_keep_the_order_seen_from_each_side()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/cycle.yaml", Head +
            "paths: {}\ncomponents:\n  schemas:\n    A:\n      allOf: [{$ref: '#/components/schemas/B'}, {properties: {a: {type: string}}}]\n" +
            "    B:\n      allOf: [{$ref: '#/components/schemas/A'}, {properties: {b: {type: string}}}]\n")));

        Assert.Equal(new[] { "B", "AValue" }, PropertyNames(result, "A"));
        Assert.Equal(new[] { "A", "BValue" }, PropertyNames(result, "B"));
    }

    [Fact]
    public void Composed_properties_are_those_of_a_plain_walk_over_random_allOf_graphs_with_shared_parts_and_cycles()
    {
        // Classes reuse what was collected for the parts they compose; over random graphs (shared parts, names declared
        // twice, cycles in every third graph) each class must still hold what walking its parts afresh gives.
        var random = new Random(20261201);
        for (var round = 0; round < 90; round++)
        {
            const int count = 10;
            var cyclic = round % 3 == 0;
            var parts = Enumerable.Range(0, count).Select(i => Enumerable.Range(0, count)
                .Where(j => j != i && (cyclic || j > i) && random.Next(4) == 0).Take(3).ToList()).ToList();
            var names = Enumerable.Range(0, count).Select(_ => "abcdef".Where(_ => random.Next(3) == 0).Select(c => c.ToString()).ToList()).ToList();
            var schemas = Enumerable.Range(0, count).Select(i => "    S" + i + ":\n      type: object\n" +
                (parts[i].Count == 0 ? string.Empty : "      allOf: [" + string.Join(", ", parts[i].Select(j => "{$ref: '#/components/schemas/S" + j + "'}")) + "]\n") +
                "      properties: {" + string.Join(", ", names[i].Select(name => name + ": {type: string}")) + "}\n");

            var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/graph.yaml", Head + "paths: {}\ncomponents:\n  schemas:\n" + string.Concat(schemas))));

            var classes = result.OutputCompilation.SyntaxTrees.SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()).Select(c => c.Identifier.Text).ToHashSet();
            for (var i = 0; i < count; i++)
            {
                if (classes.Contains("S" + i))
                {
                    Assert.Equal(PlainWalk(i, parts, names).Select(name => name.ToUpperInvariant()), PropertyNames(result, "S" + i));
                }
            }
        }
    }

    private static List<string> PlainWalk(int root, List<List<int>> parts, List<List<string>> names)
    {
        var visited = new HashSet<int>();
        var collected = new List<string>();
        void Visit(int schema)
        {
            if (!visited.Add(schema))
            {
                return;
            }

            parts[schema].ForEach(Visit);
            collected.AddRange(names[schema].Where(name => !collected.Contains(name)));
        }

        Visit(root);
        return collected;
    }

    [Fact]
    public void A_ring_of_schemas_composing_each_other_is_stopped_at_the_walk_budget()
    {
        // Around a cycle no part's properties can be reused: each of 2,000 classes would walk all 2,000 schemas.
        var schemas = string.Join(",", Enumerable.Range(0, 2_000).Select(i => "\"C" + i + "\":{\"allOf\":[{\"$ref\":\"#/components/schemas/C" + ((i + 1) % 2_000) + "\"},{}]}"));
        var result = RunOnSmallStack(() => GeneratorHarness.Run(JsonSpec("{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{},\"components\":{\"schemas\":{" + schemas + "}}}")));

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI015", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Contains("would enter more than 1,000,000 schemas in all", error.GetMessage(), StringComparison.Ordinal);
        Assert.NotEqual((0, 0), Start(error));
        Assert.Empty(result.Sources);
    }

    [Fact]
    public void A_chain_requiring_one_name_at_every_level_keeps_the_name_once()
    {
        // Each class would copy the required names of all the parts below it, one more at every level: 3,000 links
        // copy 4.5 M names, past the walk budget that copying is charged to.
        var chain = Chain("allOf-redeclared", 3_000);
        var required = chain with { Text = chain.Text.Replace("\"properties\":{\"v\"", "\"required\":[\"v\"],\"properties\":{\"v\"", StringComparison.Ordinal) };

        var result = RunOnSmallStack(() => GeneratorHarness.Run(required));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Equal(new[] { "V" }, PropertyNames(result, "S0"));
        Assert.Contains("public string V { get; set; } = default!;", result.Source(".Models.g.cs"), StringComparison.Ordinal);
        Assert.DoesNotContain("public string? V", result.Source(".Models.g.cs"), StringComparison.Ordinal);
    }

    [Fact]
    public void Classes_copying_many_large_parts_are_charged_for_what_they_copy()
    {
        // B has 500 properties; 40 classes A each compose B; 60 classes X each compose every A. Each X copies 20,000
        // collected properties to keep 540, so the 60 copy 1.2 M: bounded like walking, within the member budget
        // a 260 KB description buys.
        string Ref(string name) => "{$ref: '#/components/schemas/" + name + "'}";
        var text = new StringBuilder(Head + "paths: {}\ncomponents:\n  schemas:\n");
        text.Append("    B:\n      description: ").Append('d', 260_000).Append("\n      properties: {")
            .Append(string.Join(", ", Enumerable.Range(0, 500).Select(i => "b" + i + ": {type: string}"))).Append("}\n");
        for (var i = 0; i < 40; i++)
        {
            text.Append("    A").Append(i).Append(":\n      allOf: [").Append(Ref("B")).Append("]\n      properties: {a").Append(i).Append(": {type: string}}\n");
        }

        for (var j = 0; j < 60; j++)
        {
            text.Append("    X").Append(j).Append(":\n      allOf: [").Append(string.Join(", ", Enumerable.Range(0, 40).Select(i => Ref("A" + i)))).Append("]\n");
        }

        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/copies.yaml", text.ToString())));

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("OAPI015", error.Id);
        Assert.Contains("would enter more than 1,000,000 schemas in all", error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void White_space_padding_does_not_raise_the_member_budget()
    {
        // 300 links copy 45,000 properties; 400,000 spaces would have raised the budget to 100,000 members.
        var chain = Chain("allOf", 300);
        var padded = chain with { Text = chain.Text.Substring(0, chain.Text.Length - 1) + new string(' ', 400_000) + "}" };

        var result = RunOnSmallStack(() => GeneratorHarness.Run(padded));

        var error = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("OAPI015", error.Id);
        Assert.Contains("more than 25,000 properties, enum values and derived classes", error.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void An_allOf_chain_redeclaring_one_property_at_every_level_gives_each_class_that_one_property()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(Chain("allOf-redeclared", 3_000)));

        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Equal(new[] { "V" }, PropertyNames(result, "S0"));
        Assert.Equal(new[] { "V" }, PropertyNames(result, "S2999"));
    }

    [Fact]
    public void An_enum_of_more_values_than_any_real_spec_lists_is_a_string_with_a_warning()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(HostileInputs.LargeEnum(ModelBudget.MaxEnumValues + 1)));

        var warning = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI006", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Contains("An enum of 10,001 values (more than 10,000) is not supported; 'E' is generated as string", warning.GetMessage(), StringComparison.Ordinal);
        Assert.NotEqual((0, 0), Start(warning));
        Assert.DoesNotContain(result.Sources, source => source.HintName.EndsWith("Enums.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void An_enum_of_hundreds_of_values_tests_known_values_with_a_set_and_still_knows_them()
    {
        var values = string.Join(", ", Enumerable.Range(0, 300).Select(i => "v" + i));
        var result = RunOnSmallStack(() => GeneratorHarness.Run(new Spec("/specs/big.yaml", Head + "paths: {}\ncomponents:\n  schemas:\n    Big: {type: string, enum: [" + values + "]}\n    Small: {type: string, enum: [a, b]}\n")));

        Assert.Empty(result.GeneratorDiagnostics);
        var enums = result.Source(".Enums.g.cs");
        Assert.Contains("public bool IsKnown => KnownValueSet.Contains(Value);", enums, StringComparison.Ordinal);
        Assert.Contains("case \"a\":", enums, StringComparison.Ordinal);
        Assert.DoesNotContain("case \"v0\":", enums, StringComparison.Ordinal);
        var big = result.Load().GetType("Consumer.Big.Big")!;
        bool IsKnown(string value) => (bool)big.GetProperty("IsKnown")!.GetValue(Activator.CreateInstance(big, value))!;
        Assert.True(IsKnown("v299"));
        Assert.False(IsKnown("v300"));
    }

    [Fact]
    public void Thousands_of_property_names_meeting_on_one_identifier_are_numbered_in_order()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(HostileInputs.CollidingNames(5_000)));

        Assert.Equal(4_999, result.GeneratorDiagnostics.Count(d => d.Id == "OAPI005"));
        Assert.Equal(4_999, result.GeneratorDiagnostics.Length);
        var models = result.Source(".Models.g.cs");
        Assert.Contains("public string? X { get; set; }", models, StringComparison.Ordinal);
        Assert.Contains("public string? X5000 { get; set; }", models, StringComparison.Ordinal);
        Assert.DoesNotContain("X5001", models, StringComparison.Ordinal);
    }

    [Fact]
    public void Thousands_of_undeclared_path_variables_become_one_argument_and_one_warning_each()
    {
        var result = RunOnSmallStack(() => GeneratorHarness.Run(HostileInputs.UndeclaredPathVariables(3_000)));

        Assert.Equal(3_000, result.GeneratorDiagnostics.Count(d => d.Id == "OAPI011"));
        Assert.Equal(3_000, result.GeneratorDiagnostics.Length);
        Assert.Equal(new[] { (0, 19959) }, result.GeneratorDiagnostics.Select(Start).Distinct());
        var client = result.Source(".Client.g.cs");
        Assert.Contains("string a0, string a1,", client, StringComparison.Ordinal);
        Assert.Contains("string a2999,", client, StringComparison.Ordinal);
    }

    [Fact]
    public void The_template_functions_called_per_member_stop_a_cancelled_render()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var context = new Scriban.TemplateContext { CancellationToken = cancelled.Token };

        Assert.Throws<OperationCanceledException>(() => CodeGen.Generator.Emit.TemplateFunctions.Summary(context, Array.Empty<string>(), "x", string.Empty));
        Assert.Throws<OperationCanceledException>(() => CodeGen.Generator.Emit.TemplateFunctions.Param(context, "x", Array.Empty<string>(), string.Empty));
        Assert.Throws<OperationCanceledException>(() => CodeGen.Generator.Emit.TemplateFunctions.Remarks(context, Array.Empty<string>(), string.Empty));
    }

    private static Spec Chain(string shape, int length) => HostileInputs.Chain(shape, length);

    private static string[] PropertyNames(GenerationResult result, string className) =>
        result.OutputCompilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>())
            .Single(type => type.Identifier.Text == className)
            .Members.OfType<PropertyDeclarationSyntax>().Select(property => property.Identifier.Text).ToArray();

    private static Spec JsonSpec(string json) => new("/specs/hostile.json", json, "Hostile", "HostileClient");

    private static string Json(string text) =>
        string.Concat(text.Select(c => c < ' ' || c > '~' ? "\\u" + ((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture) : c == '"' ? "\\\"" : c.ToString()));

    private static (int Line, int Column) Start(Diagnostic diagnostic) =>
        (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character);

    private static void AssertNothingInjected(GenerationResult result)
    {
        foreach (var tree in result.OutputCompilation.SyntaxTrees)
        {
            var root = tree.GetRoot();
            Assert.DoesNotContain(root.DescendantNodes().OfType<FieldDeclarationSyntax>(), f => f.Declaration.Variables.Any(v => v.Identifier.Text == "Pwned"));
            Assert.DoesNotContain(root.DescendantTrivia(descendIntoTrivia: true), t => t.IsKind(SyntaxKind.ErrorDirectiveTrivia));
        }
    }

    private static T RunOnSmallStack<T>(Func<T> run) => GeneratorHarness.OnSmallStack(run);
}
