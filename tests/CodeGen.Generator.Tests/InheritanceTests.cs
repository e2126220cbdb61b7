using System;
using CodeGen.Generator.Tests.Infrastructure;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary><c>allOf</c> of a schema with a discriminator generates a derived class, read and written through the base.</summary>
public sealed class InheritanceTests
{
    private static readonly Lazy<GeneratedCode> Code = new(() => GeneratedCode.Compile(
        Spec.FromFile("Specs/inheritance.yaml", "Inheritance", "InheritanceClient"),
        """
        using System.Collections.Generic;
        using System.Text.Json;
        using Inheritance;

        public static class Probe
        {
            public static string ReadPets(string json)
            {
                var pets = JsonSerializer.Deserialize(json, InheritanceClientJsonContext.Default.ListOfPet)!;
                var kinds = string.Join(",", pets.ConvertAll(Describe));
                return kinds + "|" + JsonSerializer.Serialize(pets, InheritanceClientJsonContext.Default.ListOfPet);
            }

            public static string ReadShelter(string json)
            {
                var shelter = JsonSerializer.Deserialize(json, InheritanceClientJsonContext.Default.Shelter)!;
                return Describe(shelter.Resident!) + "," + Describe(shelter.Favourite!) + "|" + JsonSerializer.Serialize(shelter, InheritanceClientJsonContext.Default.Shelter);
            }

            public static string WriteThroughBase()
            {
                Pet pet = new Lion { Name = "Leo", Lives = 9, Mane = true };
                var dog = new Dog { Name = "Rex", Bark = "woof", Tags = new List<string> { "good" } };
                return JsonSerializer.Serialize(new List<Pet> { pet, dog, new Hamster { Name = "Ham" } }, InheritanceClientJsonContext.Default.ListOfPet);
            }

            public static string Hierarchy() =>
                typeof(Lion).BaseType!.Name + ":" + typeof(Cat).BaseType!.Name + ":" + typeof(Dog).BaseType!.Name + ":" + typeof(Pet).BaseType!.Name
                + "|" + string.Join(",", System.Array.ConvertAll(typeof(Dog).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly), p => p.Name));

            private static string Describe(Pet pet) => pet switch
            {
                Lion lion => "lion " + lion.Name + " " + lion.Lives + " " + lion.Mane,
                Cat cat => "cat " + cat.Name + " " + cat.Lives,
                Dog dog => "dog " + dog.Name + " " + dog.Bark + " " + string.Join("+", dog.Tags ?? new List<string>()),
                Hamster hamster => "hamster " + hamster.Name + " " + hamster.Wheel,
                _ => "pet " + pet.PetType + " " + pet.Name,
            };
        }
        """));

    [Fact]
    public void Each_value_is_read_as_the_class_its_discriminator_names_wherever_the_discriminator_sits()
    {
        var json = """[{"name":"Tom","petType":"cat","lives":7},{"petType":"dog","name":"Rex","bark":"woof","tags":["good"]},{"petType":"big-cat","name":"Leo","lives":9,"mane":true},{"petType":"Hamster","name":"Ham","wheel":false}]""";

        var result = Code.Value.Call<string>("ReadPets", json);

        Assert.Equal(
            "cat Tom 7,dog Rex woof good,lion Leo 9 True,hamster Ham False|"
            + """[{"petType":"cat","name":"Tom","lives":7},{"petType":"dog","name":"Rex","tags":["good"],"bark":"woof"},{"petType":"big-cat","name":"Leo","lives":9,"mane":true},{"petType":"Hamster","name":"Ham","wheel":false}]""",
            result);
    }

    [Fact]
    public void An_unknown_discriminator_value_reads_as_the_base_class()
    {
        var result = Code.Value.Call<string>("ReadPets", """[{"petType":"parrot","name":"Polly","words":3}]""");

        Assert.Equal("""pet parrot Polly|[{"petType":"parrot","name":"Polly"}]""", result);
    }

    [Fact]
    public void A_property_typed_as_a_derived_class_reads_its_own_derived_classes_too()
    {
        var result = Code.Value.Call<string>("ReadShelter", """{"resident":{"petType":"dog","name":"Rex","bark":"woof"},"favourite":{"petType":"big-cat","name":"Leo","mane":false}}""");

        Assert.Equal("""dog Rex woof ,lion Leo  False|{"resident":{"petType":"dog","name":"Rex","bark":"woof"},"favourite":{"petType":"big-cat","name":"Leo","mane":false}}""", result);
    }

    [Fact]
    public void A_derived_class_sets_its_discriminator_value_and_writes_its_own_properties_through_the_base()
    {
        Assert.Equal(
            """[{"petType":"big-cat","name":"Leo","lives":9,"mane":true},{"petType":"dog","name":"Rex","tags":["good"],"bark":"woof"},{"petType":"Hamster","name":"Ham"}]""",
            Code.Value.Call<string>("WriteThroughBase"));
    }

    [Fact]
    public void Derived_classes_extend_their_base_and_declare_only_what_it_lacks_while_mixins_are_copied_in()
    {
        Assert.Equal("Cat:Pet:Pet:Object|Tags,Bark", Code.Value.Call<string>("Hierarchy"));
    }
}
