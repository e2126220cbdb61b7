using CodeGen.Generator.Modeling;
using Xunit;

namespace CodeGen.Generator.Tests;

/// <summary>Path globs as the selection metadata take them.</summary>
public sealed class PathGlobTests
{
    [Theory]
    [InlineData("/repos/**", "/repos/{owner}/{repo}", true)]
    [InlineData("/repos/**", "/repos", true)]
    [InlineData("/repos/**", "/repositories", false)]
    [InlineData("/repos/*", "/repos/{owner}", true)]
    [InlineData("/repos/*", "/repos/{owner}/{repo}", false)]
    [InlineData("/repos/*/{repo}", "/repos/{owner}/{repo}", true)]
    [InlineData("/**/issues", "/repos/{owner}/{repo}/issues", true)]
    [InlineData("/**/issues", "/repos/{owner}/{repo}/issues/{n}", false)]
    [InlineData("/pets/{petId}", "/pets/{petId}", true)]
    [InlineData("/pets/{petId}", "/pets/{petid}", false)]
    [InlineData("/v?/items", "/v2/items", true)]
    [InlineData("/v?/items", "/v/items", false)]
    [InlineData("/a?c", "/a/c", false)]
    [InlineData("*", "/anything", false)]
    [InlineData("**", "/anything/at/all", true)]
    [InlineData("/a*b*c", "/aXbYc", true)]
    [InlineData("/a*b*c", "/aXcYb", false)]
    [InlineData("", "", true)]
    [InlineData("", "/", false)]
    public void Matches(string pattern, string path, bool expected) => Assert.Equal(expected, PathGlob.Matches(pattern, path));

    [Fact]
    public void A_long_pattern_of_stars_against_a_long_path_does_not_backtrack()
    {
        // Exponential for a backtracking matcher; proportional to the product of the lengths here.
        var pattern = string.Concat(System.Linq.Enumerable.Repeat("*a", 200)) + "b";
        var path = "/" + new string('a', 5_000);

        Assert.False(PathGlob.Matches(pattern, path));
    }
}
