using System;
using System.Collections.Generic;
using System.Linq;
using CodeGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>Selection metadata keep the operations they name and only the schemas those operations reach.</summary>
public sealed class SelectionTests
{
    private static readonly string[] AllOperations = { "ListPets", "CreatePet", "GetPet", "DeletePet", "GetInventory", "ListUsers", "Health" };

    private static readonly string[] AllSchemas =
    {
        "Pet", "Dog", "Cat", "Lion", "Bark", "Owner", "StreetAddress", "PostBox", "Label", "NewPet", "PetKind", "Error",
        "StockLevel", "UserFilter", "UserPage", "User", "Unused",
    };

    private static Spec Selection() => Spec.FromFile("Specs/selection.yaml", "Sel", "SelClient");

    [Fact]
    public void Without_selection_every_operation_and_every_schema_an_operation_reaches_is_generated()
    {
        var result = GeneratorHarness.Run(Selection());

        AssertOperations(result, AllOperations);
        AssertSchemas(result, AllSchemas.Where(name => name != "Unused").ToArray());
        var leftOut = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal(("OAPI036", DiagnosticSeverity.Info), (leftOut.Id, leftOut.Severity));
        Assert.StartsWith("1 component schema(s) that no generated operation uses are not generated, 'Unused' among them; set KeepUnusedSchemas=\"true\"", leftOut.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems());
    }

    [Fact]
    public void KeepUnusedSchemas_generates_the_schemas_no_operation_reaches_too()
    {
        var result = GeneratorHarness.Run(Selection().With("KeepUnusedSchemas", "True"));

        AssertOperations(result, AllOperations);
        AssertSchemas(result, AllSchemas);
        Assert.Empty(result.CompilationProblems());
    }

    private const string ReachSpec = """
        openapi: 3.1.0
        info: {title: Reach, version: '1'}
        paths:
          /orders:
            post:
              operationId: createOrder
              requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}}
              callbacks:
                shipped:
                  '{$request.body#/callbackUrl}':
                    post:
                      requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Shipment'}}}}
                      responses: {'204': {description: received}}
              responses: {'201': {description: created}}
        webhooks:
          refund:
            post:
              requestBody: {content: {application/json: {schema: {$ref: '#/components/schemas/Refund'}}}}
              responses: {'200': {description: received}}
        components:
          schemas:
            Order: {type: object, properties: {callbackUrl: {type: string}, lines: {type: array, items: {$ref: '#/components/schemas/Line'}}}}
            Line: {type: object, properties: {sku: {type: string}}}
            Shipment: {type: object, properties: {carrier: {type: string}}}
            Refund: {type: object, properties: {amount: {type: number}}}
            Orphan: {type: object, properties: {status: {type: string, enum: [lost, found]}}}
        """;

    [Fact]
    public void A_schema_reached_through_a_callback_is_used_and_one_only_a_webhook_reaches_is_left_out_with_a_note_saying_so()
    {
        var result = GeneratorHarness.Run(new Spec("/specs/reach.yaml", ReachSpec, "Reach", "ReachClient"));

        Assert.Equal(new[] { "Line", "Order", "Shipment" }, GeneratedModels(result, "Reach"));
        var leftOut = Assert.Single(result.GeneratorDiagnostics);
        Assert.Equal("OAPI036", leftOut.Id);
        Assert.Contains("2 component schema(s)", leftOut.GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'Orphan' among them (the spec's webhooks are requests the API sends", leftOut.GetMessage(), StringComparison.Ordinal);
        Assert.Empty(result.CompilationProblems());
    }

    [Fact]
    public void KeepUnusedSchemas_brings_back_the_webhook_payloads_and_says_nothing()
    {
        var result = GeneratorHarness.Run(new Spec("/specs/reach.yaml", ReachSpec, "Reach", "ReachClient").With("KeepUnusedSchemas", "true"));

        Assert.Equal(new[] { "Line", "Order", "Orphan", "OrphanStatus", "Refund", "Shipment" }, GeneratedModels(result, "Reach"));
        Assert.Empty(result.GeneratorDiagnostics);
    }

    [Fact]
    public void A_generated_schema_keeps_its_name_when_a_schema_left_out_would_have_taken_it_first()
    {
        // The inline response of getPet wants "GetPetResponse", which the unused component took when every schema was
        // generated: it keeps "GetPetResponse2", so leaving unused schemas out renames nothing.
        var spec = """
            openapi: 3.0.3
            info: {title: Names, version: '1'}
            paths:
              /pet:
                get:
                  operationId: getPet
                  responses:
                    '200': {description: ok, content: {application/json: {schema: {type: object, properties: {id: {type: string}}}}}}
            components:
              schemas:
                GetPetResponse: {type: object, properties: {legacy: {type: string}}}
            """;

        var pruned = GeneratorHarness.Run(new Spec("/specs/names.yaml", spec, "Names", "NamesClient"));
        var whole = GeneratorHarness.Run(new Spec("/specs/names.yaml", spec, "Names", "NamesClient").With("KeepUnusedSchemas", "true"));

        Assert.Equal(new[] { "GetPetResponse2" }, GeneratedModels(pruned, "Names"));
        Assert.Equal(new[] { "GetPetResponse", "GetPetResponse2" }, GeneratedModels(whole, "Names"));
        Assert.Empty(pruned.CompilationProblems());
    }

    [Fact]
    public void An_invalid_KeepUnusedSchemas_value_is_reported_beside_a_selection_too()
    {
        var result = GeneratorHarness.Run(Selection().With("IncludeTags", "pets").With("KeepUnusedSchemas", "always"));

        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "OAPI008" && d.GetMessage().Contains("'always'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_spec_without_operations_generates_every_schema_it_declares()
    {
        var modelsOnly = ReachSpec.Substring(0, ReachSpec.IndexOf("paths:", StringComparison.Ordinal)) + "paths: {}\n" + ReachSpec.Substring(ReachSpec.IndexOf("components:", StringComparison.Ordinal));

        var result = GeneratorHarness.Run(new Spec("/specs/reach.yaml", modelsOnly, "Reach", "ReachClient"));

        Assert.Equal(new[] { "Line", "Order", "Orphan", "OrphanStatus", "Refund", "Shipment" }, GeneratedModels(result, "Reach"));
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems());
    }

    [Fact]
    public void A_KeepUnusedSchemas_value_that_is_not_a_boolean_is_an_error_naming_it_and_unused_schemas_stay_out()
    {
        var result = GeneratorHarness.Run(new Spec("/specs/reach.yaml", ReachSpec, "Reach", "ReachClient").With("KeepUnusedSchemas", "yes"));

        var error = Assert.Single(result.GeneratorDiagnostics, d => d.Id != "OAPI036");
        Assert.Equal(("OAPI008", DiagnosticSeverity.Error), (error.Id, error.Severity));
        Assert.Contains("KeepUnusedSchemas metadata 'yes'", error.GetMessage(), StringComparison.Ordinal);
        Assert.DoesNotContain("Orphan", GeneratedModels(result, "Reach"));
    }

    private static string[] GeneratedModels(GenerationResult result, string ns) =>
        result.OutputCompilation.GetSymbolsWithName(_ => true, SymbolFilter.Type)
            .OfType<INamedTypeSymbol>()
            .Where(type => type.ContainingType is null && type.ContainingNamespace.ToDisplayString() == ns && !type.Name.StartsWith(ns, StringComparison.Ordinal) && !type.Name.StartsWith("I" + ns, StringComparison.Ordinal))
            .Select(type => type.Name)
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void IncludeTags_keeps_the_tagged_operations_and_the_schemas_they_reach_through_every_kind_of_link()
    {
        var result = GeneratorHarness.Run(Selection().With("IncludeTags", "pets"));

        AssertOperations(result, "ListPets", "CreatePet", "GetPet", "DeletePet");

        // Pet through items and $ref; Owner and Label through properties; StreetAddress/PostBox through oneOf;
        // Dog through the discriminator's mapping; Cat and Lion extend the discriminated Pet without a mapping;
        // Bark only through Dog; PetKind through the request body; Error through the default response.
        AssertSchemas(result, "Pet", "Dog", "Cat", "Lion", "Bark", "Owner", "StreetAddress", "PostBox", "Label", "NewPet", "PetKind", "Error");
        Assert.Empty(result.GeneratorDiagnostics);
        Assert.Empty(result.CompilationProblems());
    }

    [Fact]
    public void A_map_and_an_object_parameter_schema_are_followed()
    {
        var stores = GeneratorHarness.Run(Selection().With("IncludeTags", "stores"));
        AssertOperations(stores, "GetInventory");
        AssertSchemas(stores, "StockLevel");

        var users = GeneratorHarness.Run(Selection().With("IncludeTags", "Users"));
        AssertOperations(users, "ListUsers");
        AssertSchemas(users, "UserFilter", "UserPage", "User");
        Assert.Empty(users.CompilationProblems());
    }

    [Fact]
    public void ExcludeTags_drops_an_operation_that_has_any_excluded_tag()
    {
        var result = GeneratorHarness.Run(Selection().With("ExcludeTags", "admin;stores"));

        AssertOperations(result, "ListPets", "CreatePet", "GetPet", "ListUsers", "Health");
        Assert.Empty(result.CompilationProblems());
    }

    [Fact]
    public void IncludePaths_and_ExcludePaths_take_globs()
    {
        var pets = GeneratorHarness.Run(Selection().With("IncludePaths", "/pets/**").With("ExcludePaths", "/pets/*"));
        AssertOperations(pets, "ListPets", "CreatePet");
        AssertSchemas(pets, "Pet", "Dog", "Cat", "Lion", "Bark", "Owner", "StreetAddress", "PostBox", "Label", "NewPet", "PetKind");

        var nested = GeneratorHarness.Run(Selection().With("IncludePaths", "/*/{storeId}/**;/health"));
        AssertOperations(nested, "GetInventory", "Health");
        Assert.Empty(nested.CompilationProblems());
    }

    [Fact]
    public void IncludeOperations_ExcludeOperations_and_IncludeMethods_combine()
    {
        var byId = GeneratorHarness.Run(Selection().With("IncludeOperations", "getPet;listUsers"));
        AssertOperations(byId, "GetPet", "ListUsers");

        var byMethod = GeneratorHarness.Run(Selection().With("IncludeMethods", "get").With("ExcludeOperations", "health"));
        AssertOperations(byMethod, "ListPets", "GetPet", "GetInventory", "ListUsers");

        var deletes = GeneratorHarness.Run(Selection().With("IncludeMethods", "DELETE;PATCH").With("IncludeTags", "pets"));
        AssertOperations(deletes, "DeletePet");
        Assert.Empty(deletes.CompilationProblems());
    }

    [Fact]
    public void Entries_that_match_nothing_are_a_warning_on_the_spec_naming_the_filter()
    {
        var spec = Selection().With("IncludeTags", "pets;pet").With("ExcludePaths", "/nowhere/**");
        var result = GeneratorHarness.Run(spec);

        var warnings = result.GeneratorDiagnostics.Where(d => d.Id == "OAPI030").OrderBy(d => d.GetMessage(), StringComparer.Ordinal).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, warning => Assert.Equal(DiagnosticSeverity.Warning, warning.Severity));
        Assert.All(warnings, warning => Assert.Equal(spec.Path, warning.Location.GetLineSpan().Path));
        Assert.Contains("'ExcludePaths'", warnings[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'/nowhere/**'", warnings[0].GetMessage(), StringComparison.Ordinal);
        Assert.Contains("'IncludeTags'", warnings[1].GetMessage(), StringComparison.Ordinal);
        Assert.EndsWith(": 'pet'", warnings[1].GetMessage(), StringComparison.Ordinal);
        AssertOperations(result, "ListPets", "CreatePet", "GetPet", "DeletePet");
    }

    [Fact]
    public void A_selection_that_keeps_nothing_is_a_warning_and_generates_an_empty_client_that_compiles()
    {
        var result = GeneratorHarness.Run(Selection().With("IncludeTags", "pests"));

        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "OAPI030" && d.GetMessage().Contains("'pests'", StringComparison.Ordinal));
        Assert.Contains(result.GeneratorDiagnostics, d => d.Id == "OAPI031" && d.Severity == DiagnosticSeverity.Warning);
        AssertOperations(result);
        AssertSchemas(result);
        Assert.Empty(result.CompilationProblems());
    }

    [Fact]
    public void Blank_selection_metadata_generate_exactly_what_no_metadata_does()
    {
        var plain = GeneratorHarness.Run(Selection()).Sources.ToList();
        var blank = GeneratorHarness.Run(Selection().With("IncludeTags", " ; ").With("ExcludePaths", string.Empty)).Sources.ToList();

        Assert.Equal(plain, blank);
    }

    [Fact]
    public void Keeping_every_operation_of_the_repository_specs_changes_no_client_and_only_drops_unreached_schemas()
    {
        foreach (var spec in TestSpecs.All())
        {
            var whole = GeneratorHarness.Run(spec);
            var kept = GeneratorHarness.Run(spec.With("IncludeMethods", "get;put;post;delete;options;head;patch;trace"));

            Assert.Equal(whole.Source(".Client.g.cs"), kept.Source(".Client.g.cs"));
            var wholeTypes = DeclaredTypes(whole);
            var keptTypes = DeclaredTypes(kept);
            Assert.Subset(wholeTypes, keptTypes);
            Assert.DoesNotContain(kept.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error && !whole.GeneratorDiagnostics.Any(w => w.Id == d.Id));
            Assert.Equal(
                whole.CompilationProblems().Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal),
                kept.CompilationProblems().Select(d => d.Id).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        }
    }

    [Fact]
    public void Each_path_of_the_repository_specs_alone_generates_code_that_compiles()
    {
        // Every schema an operation uses must be reached: one left out would be an unresolved reference or a missing type.
        foreach (var spec in TestSpecs.All())
        {
            var whole = GeneratorHarness.Run(spec);
            var wholeErrors = whole.CompilationProblems().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.Id).ToHashSet();
            foreach (var path in SpecDocuments.Read(spec.Path).Document!.Paths.Keys)
            {
                var alone = GeneratorHarness.Run(spec.With("IncludePaths", path));
                Assert.DoesNotContain(alone.GeneratorDiagnostics, d => d.Id is "OAPI004" or "OAPI007" or "OAPI030" or "OAPI031");
                var errors = alone.CompilationProblems().Where(d => d.Severity == DiagnosticSeverity.Error && !wholeErrors.Contains(d.Id)).ToList();
                Assert.True(errors.Count == 0, spec.Path + " " + path + ": " + string.Join("\n", errors.Take(5)));
            }
        }
    }

    private static void AssertOperations(GenerationResult result, params string[] expected)
    {
        var client = result.Source(".Client.g.cs");
        foreach (var operation in AllOperations)
        {
            var present = client.Contains(" " + operation + "Async(", StringComparison.Ordinal);
            Assert.True(present == expected.Contains(operation), operation + (present ? " is generated" : " is missing"));
        }
    }

    private static void AssertSchemas(GenerationResult result, params string[] expected)
    {
        foreach (var schema in AllSchemas)
        {
            var present = result.OutputCompilation.GetTypeByMetadataName("Sel." + schema) is not null;
            Assert.True(present == expected.Contains(schema), schema + (present ? " is generated" : " is missing"));
        }
    }

    private static HashSet<string> DeclaredTypes(GenerationResult result) =>
        result.OutputCompilation.SyntaxTrees
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax>())
            .Select(type => type.Identifier.Text)
            .ToHashSet(StringComparer.Ordinal);
}
