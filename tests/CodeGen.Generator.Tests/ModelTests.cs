using System;
using System.Linq;
using CodeGen.Generator.Model;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>What the model stage makes of a spec, asserted on the model itself rather than on rendered code.</summary>
/// <remarks>Kinds are compared through their text, ignoring case, so the assertions hold whether a kind is a string or an enum.</remarks>
public sealed class ModelTests
{
    private const string Shop = """
        openapi: 3.1.0
        info:
          title: Shop
          version: "1"
        paths:
          /pets:
            get:
              operationId: listPets
              parameters:
                - { name: limit, in: query, schema: { type: integer, format: int32 } }
              responses:
                "200":
                  description: Pets.
                  content:
                    application/json:
                      schema: { type: array, items: { $ref: '#/components/schemas/Pet' } }
            post:
              operationId: createPet
              requestBody:
                required: true
                content:
                  application/json:
                    schema: { $ref: '#/components/schemas/Pet' }
              responses:
                "201":
                  description: Created.
          /pets/{petId}:
            get:
              operationId: getPet
              parameters:
                - { name: petId, in: path, required: true, schema: { type: integer, format: int64 } }
                - { name: verbose, in: query, schema: { type: boolean } }
                - { name: X-Request-Id, in: header, schema: { type: string } }
                - { name: session, in: cookie, schema: { type: string } }
              responses:
                "200":
                  description: The pet.
                  content:
                    application/json:
                      schema: { $ref: '#/components/schemas/Animal' }
        components:
          schemas:
            Pet:
              type: object
              required: [id, name]
              properties:
                id: { type: integer, format: int64 }
                name: { type: string }
                status: { $ref: '#/components/schemas/PetStatus' }
                tag_line: { type: string }
            PetStatus:
              type: string
              enum: [available, pending, sold-out]
            Cat:
              type: object
              properties:
                lives: { type: integer, format: int32 }
            Dog:
              type: object
              properties:
                bark: { type: string }
            Animal:
              oneOf:
                - $ref: '#/components/schemas/Cat'
                - $ref: '#/components/schemas/Dog'
        """;

    [Fact]
    public void Every_operation_becomes_one_method_in_path_then_method_order()
    {
        var model = ModelHarness.Build(Shop);

        Assert.Equal(new[] { "ListPetsAsync", "CreatePetAsync", "GetPetAsync" }, model.Operations.Select(o => o.MethodName).ToArray());
        Assert.Equal(("Test", "TestClient"), (model.Namespace, model.ClientName));
    }

    [Fact]
    public void Parameters_keep_where_their_values_go()
    {
        var getPet = ModelHarness.Build(Shop).Operations.Single(o => o.MethodName == "GetPetAsync");

        Assert.Equal(
            new[] { ("petId", "path", true), ("verbose", "query", false), ("xRequestId", "header", false), ("session", "cookie", false) },
            getPet.Parameters.Select(p => (p.ArgumentName, p.Location.ToString().ToLowerInvariant(), p.IsRequired)).ToArray());
    }

    [Fact]
    public void An_object_schema_becomes_a_class_with_one_property_per_schema_property()
    {
        var pet = ModelHarness.Build(Shop).Objects.Single(o => o.Name == "Pet");

        Assert.Equal(new[] { "Id", "Name", "Status", "TagLine" }, pet.Properties.Select(p => p.Name).ToArray());
        Assert.Equal(new[] { "Id", "Name" }, pet.Properties.Where(p => p.IsRequired).Select(p => p.Name).ToArray());
        Assert.Contains("long", TypeOf(pet, "Id"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("string", TypeOf(pet, "Name"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("PetStatus", TypeOf(pet, "Status"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_string_enum_keeps_each_value_as_a_member()
    {
        var status = Assert.Single(ModelHarness.Build(Shop).Enums);

        Assert.Equal("PetStatus", status.Name);
        Assert.Equal(new[] { "Available", "Pending", "SoldOut" }, status.Members.Select(m => m.Name).ToArray());
    }

    [Fact]
    public void A_oneOf_becomes_a_union_with_one_alternative_per_schema()
    {
        var model = ModelHarness.Build(Shop);

        var animal = Assert.Single(model.Unions);
        Assert.Equal("Animal", animal.Name);
        Assert.Equal(new[] { "Cat", "Dog" }, animal.Alternatives.Select(a => a.PropertyName).ToArray());
        Assert.Equal(new[] { "Cat", "Dog", "Pet" }, model.Objects.Select(o => o.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void The_model_holds_no_place_in_the_spec_file()
    {
        // Lines added above everything move every diagnostic but must leave the model equal: the emit steps are cached on it.
        var spec = Shop.Replace("lives: { type: integer, format: int32 }", "lives: { type: [integer, string] }", StringComparison.Ordinal);
        var before = ModelHarness.Run(spec);
        var after = ModelHarness.Run("# Shop\n\n# owned by the shop team\n" + spec);

        Assert.NotEmpty(before.Diagnostics);
        Assert.NotEqual(before.Diagnostics, after.Diagnostics);
        Assert.Equal(before.Model, after.Model);
        Assert.Equal(EmitInput.Of(before, TestContext.Current.CancellationToken), EmitInput.Of(after, TestContext.Current.CancellationToken));
    }

    private static string TypeOf(ObjectModel type, string property) => CodeGen.Generator.Emit.TypeSyntax.Of(type.Properties.Single(p => p.Name == property).Type);
}
