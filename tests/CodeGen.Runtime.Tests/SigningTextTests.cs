using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using CodeGen.Runtime.AlibabaCloud;
using CodeGen.Runtime.HuaweiCloud;
using Xunit;

namespace CodeGen.Runtime.Tests;

/// <summary>
/// The canonical request and string to sign a signature shows on request are the texts its signature was
/// computed over: their hashes chain to the Authorization header.
/// </summary>
public sealed class SigningTextTests
{
    private const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private const string Token = "sts-token-5e6f7a";

    // Needs escaping in path and query, repeated keys, an empty value, a key without "=", and keys whose order
    // differs before and after encoding ("Z" < "é" decoded, "%C3%A9" < "Z" encoded).
    private static readonly Uri Awkward = new("https://obs.example.com/v1/a%20b/c+d/ü?b=2&a=x%20y&a=1&empty=&flag&k%2Fey=v%3D1&tilde=~&plus=a+b&%C3%A9=%C3%BC&Z=%2A");

    [Fact]
    public void Huawei_canonical_request_and_string_to_sign_are_what_the_signature_was_computed_over()
    {
        var signature = HuaweiCloudSigner.Sign("get", Awkward, HuaweiHeaders(), EmptySha256, "AK", "SK");

        Assert.Equal(
            "GET\n/v1/a%20b/c%2Bd/%C3%BC/\nZ=%2A&a=1&a=x%20y&b=2&empty=&flag=&k%2Fey=v%3D1&plus=a%2Bb&tilde=~&%C3%A9=%C3%BC\n"
            + "content-type:application/json\nhost:obs.example.com\nx-multi:one,two\nx-sdk-date:20261202T010203Z\n\n"
            + "content-type;host;x-multi;x-sdk-date\n" + EmptySha256,
            signature.CanonicalRequest);
        Assert.Equal("SDK-HMAC-SHA256\n20261202T010203Z\n" + Sha256Hex(signature.CanonicalRequest), signature.StringToSign);
        Assert.Equal("content-type;host;x-multi;x-sdk-date", signature.SignedHeaders);
        Assert.Equal(
            "SDK-HMAC-SHA256 Access=AK, SignedHeaders=content-type;host;x-multi;x-sdk-date, Signature=" + HmacSha256Hex("SK", signature.StringToSign),
            signature.Authorization);
    }

    [Fact]
    public void Alibaba_canonical_request_and_string_to_sign_are_what_the_signature_was_computed_over()
    {
        var signature = AlibabaCloudSigner.SignAcs3("post", Awkward, AlibabaHeaders(), EmptySha256, "ID", "SECRET");

        Assert.Equal(
            "POST\n/v1/a%20b/c%2Bd/%C3%BC\n%C3%A9=%C3%BC&Z=%2A&a=1&a=x%20y&b=2&empty=&flag=&k%2Fey=v%3D1&plus=a%2Bb&tilde=~\n"
            + "content-type:application/json\nhost:obs.example.com\nx-acs-action:A\nx-acs-content-sha256:" + EmptySha256 + "\nx-acs-date:2026-12-02T01:02:03Z\nx-acs-multi:one,two\n\n"
            + "content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-multi\n" + EmptySha256,
            signature.CanonicalRequest);
        Assert.Equal("ACS3-HMAC-SHA256\n" + Sha256Hex(signature.CanonicalRequest), signature.StringToSign);
        Assert.Equal(HmacSha256Hex("SECRET", signature.StringToSign), signature.Signature);
        Assert.Equal(
            "ACS3-HMAC-SHA256 Credential=ID,SignedHeaders=content-type;host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-multi,Signature=" + signature.Signature,
            signature.Authorization);
    }

    [Fact]
    public void A_root_path_without_a_query_and_an_empty_body_give_the_shortest_canonical_requests()
    {
        var uri = new Uri("https://h.example.com");
        var huawei = HuaweiCloudSigner.Sign("DELETE", uri, new Dictionary<string, string> { ["Host"] = "h.example.com", ["X-Sdk-Date"] = "20261202T010203Z" }, EmptySha256, "AK", "SK");
        var alibaba = AlibabaCloudSigner.SignAcs3("DELETE", uri, new Dictionary<string, string> { ["Host"] = "h.example.com" }, EmptySha256, "ID", "SECRET");

        Assert.Equal("DELETE\n/\n\nhost:h.example.com\nx-sdk-date:20261202T010203Z\n\nhost;x-sdk-date\n" + EmptySha256, huawei.CanonicalRequest);
        Assert.Equal("DELETE\n/\n\nhost:h.example.com\n\nhost\n" + EmptySha256, alibaba.CanonicalRequest);
        Assert.EndsWith(", Signature=" + HmacSha256Hex("SK", "SDK-HMAC-SHA256\n20261202T010203Z\n" + Sha256Hex(huawei.CanonicalRequest)), huawei.Authorization, StringComparison.Ordinal);
        Assert.Equal(HmacSha256Hex("SECRET", "ACS3-HMAC-SHA256\n" + Sha256Hex(alibaba.CanonicalRequest)), alibaba.Signature);
    }

    [Fact]
    public void The_shown_canonical_request_hides_only_the_security_token_that_was_signed()
    {
        var huaweiHeaders = HuaweiHeaders();
        huaweiHeaders.Add(new("X-Security-Token", Token));
        var alibabaHeaders = AlibabaHeaders();
        alibabaHeaders.Add(new("x-acs-security-token", Token));

        var huawei = HuaweiCloudSigner.Sign("GET", Awkward, huaweiHeaders, EmptySha256, "AK", "SK");
        var alibaba = AlibabaCloudSigner.SignAcs3("GET", Awkward, alibabaHeaders, EmptySha256, "ID", "SECRET");

        foreach (var text in new[] { huawei.CanonicalRequest, huawei.StringToSign, alibaba.CanonicalRequest, alibaba.StringToSign })
        {
            Assert.DoesNotContain(Token, text, StringComparison.Ordinal);
        }

        var huaweiSigned = huawei.CanonicalRequest.Replace("\nx-security-token:***\n", "\nx-security-token:" + Token + "\n", StringComparison.Ordinal);
        var alibabaSigned = alibaba.CanonicalRequest.Replace("\nx-acs-security-token:***\n", "\nx-acs-security-token:" + Token + "\n", StringComparison.Ordinal);
        Assert.NotEqual(huawei.CanonicalRequest, huaweiSigned);
        Assert.NotEqual(alibaba.CanonicalRequest, alibabaSigned);
        Assert.Equal("SDK-HMAC-SHA256\n20261202T010203Z\n" + Sha256Hex(huaweiSigned), huawei.StringToSign);
        Assert.Equal("ACS3-HMAC-SHA256\n" + Sha256Hex(alibabaSigned), alibaba.StringToSign);
        Assert.EndsWith(", Signature=" + HmacSha256Hex("SK", huawei.StringToSign), huawei.Authorization, StringComparison.Ordinal);
        Assert.Equal(HmacSha256Hex("SECRET", alibaba.StringToSign), alibaba.Signature);
    }

    [Fact]
    public void Signatures_of_the_same_request_are_equal_values_whether_or_not_their_texts_were_read()
    {
        var first = HuaweiCloudSigner.Sign("GET", Awkward, HuaweiHeaders(), EmptySha256, "AK", "SK");
        var second = HuaweiCloudSigner.Sign("GET", Awkward, HuaweiHeaders(), EmptySha256, "AK", "SK");
        var alibaba = AlibabaCloudSigner.SignAcs3("GET", Awkward, AlibabaHeaders(), EmptySha256, "ID", "SECRET");
        var otherAlibaba = AlibabaCloudSigner.SignAcs3("GET", Awkward, AlibabaHeaders(), EmptySha256, "ID", "SECRET");

        Assert.Equal(first, second);
        Assert.Equal(first.GetHashCode(), second.GetHashCode());
        Assert.Equal(alibaba, otherAlibaba);
        Assert.Equal(alibaba.GetHashCode(), otherAlibaba.GetHashCode());
        Assert.Equal(first, new HuaweiCloudSignature(second.CanonicalRequest, second.StringToSign, second.SignedHeaders, second.Authorization));
        Assert.Equal(alibaba, new AlibabaCloudSignature(otherAlibaba.CanonicalRequest, otherAlibaba.StringToSign, otherAlibaba.Signature, otherAlibaba.Authorization));
        Assert.NotEqual(first, first with { CanonicalRequest = "GET" });
        Assert.Equal("GET", (first with { CanonicalRequest = "GET" }).CanonicalRequest);

        var (canonicalRequest, stringToSign, signedHeaders, authorization) = HuaweiCloudSigner.Sign("GET", Awkward, HuaweiHeaders(), EmptySha256, "AK", "SK");
        Assert.Equal(first.CanonicalRequest, canonicalRequest);
        Assert.Equal(first.StringToSign, stringToSign);
        Assert.Equal(first.SignedHeaders, signedHeaders);
        Assert.Equal(first.Authorization, authorization);
    }

    [Fact]
    public void A_long_query_and_many_headers_are_canonicalized_as_the_rules_say()
    {
        // More pairs and longer text than the signers keep on the stack, so their buffers move to the pool.
        var pairs = new List<(string Key, string Value)>();
        for (var i = 0; i < 40; i++)
        {
            pairs.Add(("k" + ((i * 7) % 40).ToString("00", System.Globalization.CultureInfo.InvariantCulture), new string('v', i) + " é/" + i));
        }

        var uri = new Uri("https://h.example.com/long/" + new string('p', 600) + "?" + string.Join("&", pairs.ConvertAll(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value))));
        var headers = new List<KeyValuePair<string, string>> { new("Host", "h.example.com"), new("X-Sdk-Date", "20261202T010203Z") };
        for (var i = 0; i < 20; i++)
        {
            headers.Add(new("x-acs-h" + (19 - i).ToString("00", System.Globalization.CultureInfo.InvariantCulture), new string('x', 60) + i));
        }

        var huawei = HuaweiCloudSigner.Sign("PUT", uri, headers, EmptySha256, "AK", "SK");
        var alibaba = AlibabaCloudSigner.SignAcs3("PUT", uri, headers, EmptySha256, "ID", "SECRET");

        pairs.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key) is var byKey && byKey != 0 ? byKey : string.CompareOrdinal(a.Value, b.Value));
        var query = string.Join("&", pairs.ConvertAll(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        headers.Sort((a, b) => string.CompareOrdinal(a.Key.ToLowerInvariant(), b.Key.ToLowerInvariant()));
        var lines = string.Concat(headers.ConvertAll(h => h.Key.ToLowerInvariant() + ":" + h.Value + "\n"));
        var names = string.Join(";", headers.ConvertAll(h => h.Key.ToLowerInvariant()));
        var path = "/long/" + new string('p', 600);
        Assert.Equal("PUT\n" + path + "/\n" + query + "\n" + lines + "\n" + names + "\n" + EmptySha256, huawei.CanonicalRequest);
        Assert.Equal("PUT\n" + path + "\n" + query + "\n" + lines.Replace("x-sdk-date:20261202T010203Z\n", string.Empty, StringComparison.Ordinal) + "\n" + names.Replace(";x-sdk-date", string.Empty, StringComparison.Ordinal) + "\n" + EmptySha256, alibaba.CanonicalRequest);
        Assert.EndsWith(", Signature=" + HmacSha256Hex("SK", "SDK-HMAC-SHA256\n20261202T010203Z\n" + Sha256Hex(huawei.CanonicalRequest)), huawei.Authorization, StringComparison.Ordinal);
        Assert.Equal(HmacSha256Hex("SECRET", "ACS3-HMAC-SHA256\n" + Sha256Hex(alibaba.CanonicalRequest)), alibaba.Signature);
    }

    [Fact]
    public void A_missing_date_is_reported_without_the_secret()
    {
        var headers = new Dictionary<string, string> { ["Host"] = "h.example.com", ["X-Security-Token"] = Token };

        var exception = Assert.Throws<ArgumentException>(() => HuaweiCloudSigner.Sign("GET", Awkward, headers, EmptySha256, "AK", "secret-key-1234"));

        Assert.DoesNotContain("secret-key-1234", exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Token, exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("Az09-_.~", "Az09-_.~")]
    [InlineData("a b/é😀+*", "a%20b%2F%C3%A9%F0%9F%98%80%2B%2A")]
    public void Percent_encoding_keeps_unreserved_runs_and_writes_utf8_escapes_past_a_full_buffer(string value, string expected) =>
        Assert.Equal(expected, Encoded(value));

    [Fact]
    public void Percent_encoding_writes_a_lone_surrogate_as_the_replacement_character()
    {
        // Built in code: an attribute argument cannot carry a lone surrogate intact.
        Assert.Equal("x%EF%BF%BDy%EF%BF%BD", Encoded("x" + (char)0xD800 + "y" + (char)0xDC00));
    }

    private static string Encoded(string value)
    {
        // Two characters of stack: every escape moves the buffer.
        var output = new Signing.CharBuffer(stackalloc char[2]);
        try
        {
            Signing.Rfc3986.Append(ref output, value);
            return output.ToString();
        }
        finally
        {
            output.Dispose();
        }
    }

    private static List<KeyValuePair<string, string>> HuaweiHeaders() => new()
    {
        new("Host", "obs.example.com"),
        new("X-Sdk-Date", "20261202T010203Z"),
        new("X-Multi", " one "),
        new("x-multi", "two"),
        new("Content-Type", "application/json"),
    };

    private static List<KeyValuePair<string, string>> AlibabaHeaders() => new()
    {
        new("Host", "obs.example.com"),
        new("x-acs-date", "2026-12-02T01:02:03Z"),
        new("X-Acs-Multi", "one"),
        new("x-acs-multi", " two "),
        new("Content-Type", "application/json"),
        new("X-Other", "not signed"),
        new("x-acs-content-sha256", EmptySha256),
        new("x-acs-action", "A"),
    };

    private static string Sha256Hex(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();

    private static string HmacSha256Hex(string key, string text) =>
        Convert.ToHexString(HMACSHA256.HashData(Encoding.UTF8.GetBytes(key), Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
