using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace CodeGen.Runtime.Tests;

/// <summary>Error responses of each vendor become one ApiException with the vendor's fields.</summary>
public sealed class ApiExceptionTests
{
    [Theory]
    [InlineData("""{"code":"ErrorTaskNotFound","message":"task not found","requestId":"687C5BAA-D103-4993-884B-C35E4314A1E1","recommend":"https://example"}""", "ErrorTaskNotFound", "task not found", "687C5BAA-D103-4993-884B-C35E4314A1E1")]
    [InlineData("""{"error_code":"WKS.0001","error_msg":"Invalid parameter","error_detail":"limit out of range","encoded_authorization_message":"x"}""", "WKS.0001", "Invalid parameter", "from-header")]
    [InlineData("""{"error":{"code":"APIGW.0101","message":"The API does not exist"},"request_id":"r-1"}""", "APIGW.0101", "The API does not exist", "r-1")]
    public async Task Vendor_error_fields_are_found(string body, string code, string message, string requestId)
    {
        using var response = Response(404, "application/json", body);
        response.Headers.TryAddWithoutValidation("X-Request-Id", "from-header");

        var exception = await ApiException.FromResponseAsync(response, null, TestContext.Current.CancellationToken);

        Assert.Equal((404, code, message, requestId), (exception.StatusCode, exception.ErrorCode, exception.ErrorMessage, exception.RequestId));
        Assert.Equal(body, exception.ResponseBody);
        Assert.Equal($"The service answered 404 (Not Found), code {code}: {message} (request id {requestId}).", exception.Message);
    }

    [Fact]
    public async Task An_html_body_still_gives_a_useful_exception_and_a_huge_body_is_capped()
    {
        var html = "<html>" + new string('x', 200_000) + "</html>";
        using var response = Response(502, "text/html", html);
        response.Headers.TryAddWithoutValidation("x-acs-request-id", "acs-7");

        var exception = await ApiException.FromResponseAsync(response, null, TestContext.Current.CancellationToken);

        Assert.Equal("The service answered 502 (Bad Gateway) (request id acs-7).", exception.Message);
        Assert.Null(exception.ErrorCode);
        Assert.Equal(ApiException.MaxBodyLength, exception.ResponseBody!.Length);
        Assert.StartsWith("<html>xxx", exception.ResponseBody, System.StringComparison.Ordinal);
    }

    private static HttpResponseMessage Response(int status, string contentType, string body) =>
        new((HttpStatusCode)status) { Content = new StringContent(body, Encoding.UTF8, contentType), ReasonPhrase = null };
}
