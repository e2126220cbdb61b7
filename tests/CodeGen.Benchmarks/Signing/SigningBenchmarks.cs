using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CodeGen.Benchmarks.Calls;
using CodeGen.Benchmarks.Generated.Cs;
using CodeGen.Benchmarks.Generated.Kps;
using CodeGen.Runtime.AlibabaCloud;
using CodeGen.Runtime.HuaweiCloud;

namespace CodeGen.Benchmarks.Signing;

/// <summary>
/// One signature over the vendors' documented example requests, and a generated client's call with its
/// signing handler against the same call unsigned.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SigningBenchmarks
{
    private const string EmptySha256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    private const string ProjectId = "0123456789abcdef0123456789abcdef";

    private static readonly Uri HuaweiUri = new("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0");
    private static readonly Uri AlibabaUri = new("https://ecs.cn-shanghai.aliyuncs.com/?ImageId=win2019_1809_x64_dtc_zh-cn_40G_alibase_20230811.vhd&RegionId=cn-shanghai");

    private static readonly Dictionary<string, string> HuaweiHeaders = new()
    {
        ["Content-Type"] = "application/json",
        ["X-Sdk-Date"] = "20191115T033655Z",
        ["Host"] = "service.region.example.com",
    };

    private static readonly Dictionary<string, string> AlibabaHeaders = new()
    {
        ["host"] = "ecs.cn-shanghai.aliyuncs.com",
        ["x-acs-action"] = "RunInstances",
        ["x-acs-version"] = "2014-05-26",
        ["x-acs-date"] = "2023-10-26T10:22:32Z",
        ["x-acs-signature-nonce"] = "3156853299f313e23d1673dc12e1703d",
        ["x-acs-content-sha256"] = EmptySha256,
    };

    private KpsClient _kps = null!;
    private KpsClient _signedKps = null!;
    private CsClient _ack = null!;
    private CsClient _signedAck = null!;

    [GlobalSetup]
    public void Setup()
    {
        var kpsBody = Encoding.UTF8.GetBytes(ExampleResponder.KpsRunningTasks);
        var ackBody = Encoding.UTF8.GetBytes(ExampleResponder.AckTaskInfo);
        var kpsAddress = new Uri("https://kms.cn-north-4.myhuaweicloud.com/");
        var ackAddress = new Uri("https://cs.cn-hangzhou.aliyuncs.com/");
        _kps = new KpsClient(new HttpClient(new ExampleResponder(kpsBody)) { BaseAddress = kpsAddress });
        _ack = new CsClient(new HttpClient(new ExampleResponder(ackBody)) { BaseAddress = ackAddress });
        var huawei = new HuaweiCloudSigningHandler(new HuaweiCloudCredentials("QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", ProjectId)) { InnerHandler = new ExampleResponder(kpsBody) };
        var alibaba = new AlibabaCloudSigningHandler(new AlibabaCloudCredentials("YourAccessKeyId", "YourAccessKeySecret")) { InnerHandler = new ExampleResponder(ackBody) };
        _signedKps = new KpsClient(new HttpClient(huawei) { BaseAddress = kpsAddress });
        _signedAck = new CsClient(new HttpClient(alibaba) { BaseAddress = ackAddress });
    }

    [Benchmark]
    [BenchmarkCategory("Signature")]
    public string HuaweiAkSk() =>
        HuaweiCloudSigner.Sign("GET", HuaweiUri, HuaweiHeaders, EmptySha256, "QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc").Authorization;

    [Benchmark]
    [BenchmarkCategory("Signature")]
    public string AlibabaAcs3() =>
        AlibabaCloudSigner.SignAcs3("POST", AlibabaUri, AlibabaHeaders, EmptySha256, "YourAccessKeyId", "YourAccessKeySecret").Authorization;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("KPS call")]
    public async Task<int?> KpsUnsigned() => (await _kps.ListRunningTaskAsync(ProjectId)).Total;

    [Benchmark]
    [BenchmarkCategory("KPS call")]
    public async Task<int?> KpsSigned() => (await _signedKps.ListRunningTaskAsync(ProjectId)).Total;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ACK call")]
    public async Task<string?> AckUnsigned() => (await _ack.DescribeTaskInfoAsync("T-5faa48fb31b6b8078d000006")).TaskId;

    [Benchmark]
    [BenchmarkCategory("ACK call")]
    public async Task<string?> AckSigned() => (await _signedAck.DescribeTaskInfoAsync("T-5faa48fb31b6b8078d000006")).TaskId;
}
