using System;
using System.Linq;
using Xunit;

namespace CodeGen.IntegrationTests;

/// <summary>Selection metadata written in the project file reach the generator whole, lists included.</summary>
public sealed class SelectionTests
{
    /// <summary>Both tags of <c>IncludeTags="stores;users"</c> are kept: the build must not cut the list at its first ';'.</summary>
    [Fact]
    public void Every_entry_of_a_semicolon_separated_list_is_applied()
    {
        var methods = typeof(Selected.ISelectedClient).GetMethods().Select(method => method.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("GetInventoryAsync", methods);
        Assert.Contains("ListUsersAsync", methods);
        Assert.DoesNotContain("ListPetsAsync", methods);
        Assert.DoesNotContain("HealthAsync", methods);
        Assert.Equal("UserPage", typeof(Selected.UserPage).Name);
#pragma warning disable IL2026 // The point: looking for a type that must not have been generated.
        Assert.Null(typeof(Selected.ISelectedClient).Assembly.GetType("Selected.Pet"));
#pragma warning restore IL2026
    }

    /// <summary><c>KeepUnusedSchemas="true"</c> written in the project file reaches the generator: the schema no operation uses is generated.</summary>
    [Fact]
    public void KeepUnusedSchemas_in_the_project_file_keeps_the_schema_no_operation_uses()
    {
        Assert.Equal(new[] { "Id" }, typeof(Catalog.Archived).GetProperties().Select(property => property.Name).ToArray());
        Assert.Equal("Item", typeof(Catalog.Item).Name);
    }
}
