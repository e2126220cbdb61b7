using System;
using System.Collections.Generic;
using System.Security.Cryptography;
using System.Text;
using CodeGen.Runtime.AlibabaCloud;
using CodeGen.Runtime.HuaweiCloud;
using Xunit;

namespace CodeGen.Runtime.Tests;

/// <summary>The vendors' own published signing examples, reproduced exactly.</summary>
public sealed class SignatureVectorTests
{
    [Fact]
    public void Huawei_documented_example_signs_to_the_documented_header()
    {
        var signature = HuaweiCloudSigner.Sign(
            "GET",
            new Uri("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0"),
            new Dictionary<string, string>
            {
                ["Content-Type"] = "application/json",
                ["X-Sdk-Date"] = "20191115T033655Z",
                ["Host"] = "service.region.example.com",
            },
            Sha256Hex(string.Empty),
            "QTWAOYTTINDUT2QVKYUC",
            "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc");

        Assert.Equal(
            "SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe",
            signature.Authorization);
        Assert.StartsWith("GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\nlimit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n", signature.CanonicalRequest, StringComparison.Ordinal);
    }

    [Fact]
    public void Alibaba_documented_v3_example_signs_to_the_documented_signature()
    {
        var signature = AlibabaCloudSigner.SignAcs3(
            "POST",
            new Uri("https://ecs.cn-shanghai.aliyuncs.com/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai"),
            new Dictionary<string, string>
            {
                ["host"] = "ecs.cn-shanghai.aliyuncs.com",
                ["x-acs-action"] = "RunInstances",
                ["x-acs-version"] = "2014-05-26",
                ["x-acs-date"] = "2023-10-26T10:22:32Z",
                ["x-acs-signature-nonce"] = "3156853299f313e23d1673dc12e1703d",
                ["x-acs-content-sha256"] = Sha256Hex(string.Empty),
            },
            Sha256Hex(string.Empty),
            "YourAccessKeyId",
            "YourAccessKeySecret");

        Assert.Equal("ACS3-HMAC-SHA256\n7ea06492da5221eba5297e897ce16e55f964061054b7695beedaac1145b1e259", signature.StringToSign);
        Assert.Equal("06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0", signature.Signature);
        Assert.Equal(
            "ACS3-HMAC-SHA256 Credential=YourAccessKeyId,SignedHeaders=host;x-acs-action;x-acs-content-sha256;x-acs-date;x-acs-signature-nonce;x-acs-version,Signature=06563a9e1b43f5dfe96b81484da74bceab24a1d853912eee15083a6f0f3283c0",
            signature.Authorization);
    }

    private static string Sha256Hex(string text) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text))).ToLowerInvariant();
}
