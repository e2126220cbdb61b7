using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Threading.Tasks;
using CodeGen.Generator.Tests.Infrastructure;
using CodeGen.Runtime.AlibabaCloud;
using CodeGen.Runtime.HuaweiCloud;
using CodeGen.Runtime.Http;
using CodeGen.Runtime.Signing;
using Xunit;

namespace CodeGen.Runtime.Tests;

/// <summary>Text a server controls is made safe before it reaches logs or the file system; signatures show no security token.</summary>
public sealed class ServerTextTests
{
    private const string Sts = "STS-TOKEN-9z8y7x";

    [Fact]
    public async Task A_server_message_with_line_breaks_stays_on_one_line_of_the_exception_message()
    {
        const string body = """{"error_code":"E\r\n1","error_msg":"bad request\r\n2026-11-23 08:00:00 INFO user admin logged in\u2028next","request_id":"r\n2"}""";
        await using var server = new LoopbackHttpServer(400, "application/json", body);
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        using var response = await client.GetAsync("x", TestContext.Current.CancellationToken);

        var exception = await ApiException.FromResponseAsync(response, null, TestContext.Current.CancellationToken);

        Assert.Equal(
            "The service answered 400 (Status), code E\\r\\n1: bad request\\r\\n2026-11-23 08:00:00 INFO user admin logged in\\u2028next (request id r\\n2).",
            exception.Message);
        Assert.Equal("bad request\r\n2026-11-23 08:00:00 INFO user admin logged in\u2028next", exception.ErrorMessage);
    }

    [Theory]
    [InlineData("attachment; filename=\"../../../home/user/.bashrc\"", ".bashrc")]
    [InlineData("attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd", "passwd")]
    [InlineData("attachment; filename=\"C:\\\\Windows\\\\evil.dll\"", "evil.dll")]
    [InlineData("attachment; filename=\"..\"", null)]
    [InlineData("attachment; filename=\"report. . .\"", "report")]
    [InlineData("attachment; filename=\"CON.txt\"", "_CON.txt")]
    [InlineData("attachment; filename=\"a:b|c?.txt\"", "a_b_c_.txt")]
    [InlineData("attachment; filename=\"report 2026.pdf\"", "report 2026.pdf")]
    public async Task A_suggested_file_name_is_reduced_to_a_safe_name(string disposition, string? expected)
    {
        await using var server = new LoopbackHttpServer(_ => new LoopbackResponse(200, "application/pdf", "%PDF", new Dictionary<string, string> { ["Content-Disposition"] = disposition }));
        using var client = new HttpClient { BaseAddress = server.BaseAddress };
        var response = await client.GetAsync("file", HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);

        await using var stream = await ResponseStream.OpenAsync(response, TestContext.Current.CancellationToken);

        Assert.Equal(expected, stream.FileName);
    }

    [Fact]
    public void Signatures_show_the_security_token_only_as_stars_and_still_sign_it()
    {
        var uri = new Uri("https://ecs.example.com/v1/p/servers?limit=1");
        var huawei = HuaweiCloudSigner.Sign("GET", uri, new Dictionary<string, string> { ["Host"] = "ecs.example.com", ["X-Sdk-Date"] = "20261123T080000Z", ["X-Security-Token"] = Sts }, RequestBody.EmptySha256Hex, "AK", "SK");
        var other = HuaweiCloudSigner.Sign("GET", uri, new Dictionary<string, string> { ["Host"] = "ecs.example.com", ["X-Sdk-Date"] = "20261123T080000Z", ["X-Security-Token"] = "another" }, RequestBody.EmptySha256Hex, "AK", "SK");
        var acs3 = AlibabaCloudSigner.SignAcs3("GET", uri, new Dictionary<string, string> { ["Host"] = "ecs.example.com", ["x-acs-action"] = "A", ["x-acs-security-token"] = Sts }, RequestBody.EmptySha256Hex, "ID", "SECRET");
        var roa = AlibabaCloudSigner.SignRoa("GET", uri, new Dictionary<string, string> { ["Date"] = "Mon, 23 Nov 2026 08:00:00 GMT", ["x-acs-action"] = "A", ["x-acs-security-token"] = Sts }, "ID", "SECRET");

        foreach (var text in new[] { huawei.CanonicalRequest, huawei.StringToSign, acs3.CanonicalRequest, acs3.StringToSign, roa.StringToSign, huawei.ToString(), acs3.ToString() })
        {
            Assert.DoesNotContain(Sts, text, StringComparison.Ordinal);
        }

        Assert.Contains("\nx-security-token:***\n", huawei.CanonicalRequest, StringComparison.Ordinal);
        Assert.Contains("\nx-acs-security-token:***\n", acs3.CanonicalRequest, StringComparison.Ordinal);
        Assert.Contains("\nx-acs-security-token:***\n", roa.StringToSign, StringComparison.Ordinal);
        Assert.NotEqual(huawei.Authorization, other.Authorization);
    }
}
