using System;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using CodeGen.Generator.Tests.Infrastructure;
using CodeGen.Runtime.AlibabaCloud;
using CodeGen.Runtime.HuaweiCloud;

namespace CodeGen.Runtime.Tests.Infrastructure;

/// <summary>Recomputes a signature from what arrived on the wire, as the vendor's gateway does.</summary>
internal static class WireVerifier
{
    public static string HuaweiAuthorization(RecordedRequest request, string accessKey, string secretKey)
    {
        var signedHeaders = Field(request.Headers["Authorization"], "SignedHeaders=", ", ");
        var headers = signedHeaders.Split(';').ToDictionary(name => name, name => request.Headers[name]);
        var uri = new Uri("http://" + request.Headers["Host"] + request.Target);
        return HuaweiCloudSigner.Sign(request.Method, uri, headers, Sha256Hex(request.Body), accessKey, secretKey).Authorization;
    }

    public static string AlibabaAuthorization(RecordedRequest request, string accessKeyId, string secret)
    {
        var signedHeaders = Field(request.Headers["Authorization"], "SignedHeaders=", ",");
        var headers = signedHeaders.Split(';').ToDictionary(name => name, name => request.Headers[name]);
        var uri = new Uri("http://" + request.Headers["Host"] + request.Target);
        return AlibabaCloudSigner.SignAcs3(request.Method, uri, headers, Sha256Hex(request.Body), accessKeyId, secret).Authorization;
    }

    public static string Sha256Hex(string body) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(body))).ToLowerInvariant();

    /// <summary>The text after <paramref name="name"/> up to <paramref name="separator"/> (or the end) in an Authorization header.</summary>
    public static string Field(string header, string name, string separator)
    {
        var start = header.IndexOf(name, StringComparison.Ordinal) + name.Length;
        var end = header.IndexOf(separator, start, StringComparison.Ordinal);
        return end < 0 ? header[start..] : header[start..end];
    }
}
