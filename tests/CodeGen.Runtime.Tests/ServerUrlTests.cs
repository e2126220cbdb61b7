using System;
using CodeGen.Runtime.Http;
using Xunit;

namespace CodeGen.Runtime.Tests;

/// <summary>Server variables fill a URL template but can never move the request to another host.</summary>
public sealed class ServerUrlTests
{
    [Fact]
    public void A_region_fills_the_host_name()
    {
        var url = ServerUrl.Expand("https://kms.{region}.myhuaweicloud.com", ("region", "ap-southeast-1", new[] { "cn-north-4" }));

        Assert.Equal("https://kms.ap-southeast-1.myhuaweicloud.com/", url.AbsoluteUri);
    }

    [Theory]
    [InlineData("evil.com#")]
    [InlineData("x/../y")]
    [InlineData("user@evil")]
    [InlineData("cn north")]
    [InlineData("")]
    [InlineData(null)]
    public void A_value_that_is_not_a_plain_label_is_refused_with_the_variable_named(string? region)
    {
        var error = Assert.Throws<ArgumentException>(() => ServerUrl.Expand("https://kms.{region}.myhuaweicloud.com", ("region", region, new[] { "cn-north-4" })));

        Assert.Contains("'region'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Endpoint", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_specs_own_default_and_enum_values_are_taken_as_they_are()
    {
        var documented = new[] { "api.example.com", "eu.example.com/v2" };

        Assert.Equal("https://api.example.com/v1", ServerUrl.Expand("https://{host}/v1", ("host", "api.example.com", documented)).AbsoluteUri);
        Assert.Equal("https://eu.example.com/v2/v1", ServerUrl.Expand("https://{host}/v1", ("host", "eu.example.com/v2", documented)).AbsoluteUri);
        Assert.Throws<ArgumentException>(() => ServerUrl.Expand("https://{host}/v1", ("host", "evil.example.net", documented)));
    }

    [Theory]
    [InlineData("ftp://example.com/")]
    [InlineData("file:///etc/passwd")]
    public void An_endpoint_must_be_http_or_https(string endpoint)
    {
        Assert.Throws<ArgumentException>(() => ServerUrl.Check(new Uri(endpoint)));
    }

    [Fact]
    public void A_relative_endpoint_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ServerUrl.Check(new Uri("/v3", UriKind.Relative)));
    }
}
