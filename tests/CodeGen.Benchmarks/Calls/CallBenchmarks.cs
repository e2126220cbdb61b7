using System;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CodeGen.Benchmarks.Generated.Cs;
using CodeGen.Benchmarks.Generated.Kps;
using Refit;

namespace CodeGen.Benchmarks.Calls;

/// <summary>
/// One call, request built and response read, against an in-memory handler returning the vendor's example body:
/// the generated client, the hand-written limit and Refit (over the limit's models and JSON context).
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class CallBenchmarks
{
    private const string ProjectId = "0123456789abcdef0123456789abcdef";
    private const string TaskId = "T-5faa48fb31b6b8078d000006";

    private BaselineClient _baselineKps = null!;
    private BaselineClient _baselineAck = null!;
    private KpsClient _generatedKps = null!;
    private CsClient _generatedAck = null!;
    private IKpsRefitApi _refitKps = null!;
    private ICsRefitApi _refitAck = null!;

    [GlobalSetup]
    public void Setup()
    {
        var kps = Client(ExampleResponder.KpsRunningTasks, "https://kms.cn-north-4.myhuaweicloud.com/");
        var ack = Client(ExampleResponder.AckTaskInfo, "https://cs.cn-hangzhou.aliyuncs.com/");
        var refitSettings = new RefitSettings(new SystemTextJsonContentSerializer(BaselineJsonContext.Default.Options));
        _baselineKps = new BaselineClient(kps);
        _baselineAck = new BaselineClient(ack);
        _generatedKps = new KpsClient(kps);
        _generatedAck = new CsClient(ack);
        _refitKps = RestService.For<IKpsRefitApi>(kps, refitSettings);
        _refitAck = RestService.For<ICsRefitApi>(ack, refitSettings);
    }

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("KPS ListRunningTask")]
    public async Task<int?> KpsHandWritten() => (await _baselineKps.ListRunningTaskAsync(ProjectId)).Total;

    [Benchmark]
    [BenchmarkCategory("KPS ListRunningTask")]
    public async Task<int?> KpsGenerated() => (await _generatedKps.ListRunningTaskAsync(ProjectId)).Total;

    [Benchmark]
    [BenchmarkCategory("KPS ListRunningTask")]
    public async Task<int?> KpsRefit() => (await _refitKps.ListRunningTaskAsync(ProjectId)).Total;

    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ACK DescribeTaskInfo")]
    public async Task<string?> AckHandWritten() => (await _baselineAck.DescribeTaskInfoAsync(TaskId)).TaskId;

    [Benchmark]
    [BenchmarkCategory("ACK DescribeTaskInfo")]
    public async Task<string?> AckGenerated() => (await _generatedAck.DescribeTaskInfoAsync(TaskId)).TaskId;

    [Benchmark]
    [BenchmarkCategory("ACK DescribeTaskInfo")]
    public async Task<string?> AckRefit() => (await _refitAck.DescribeTaskInfoAsync(TaskId)).TaskId;

    private static HttpClient Client(string body, string baseAddress) =>
        new(new ExampleResponder(Encoding.UTF8.GetBytes(body))) { BaseAddress = new Uri(baseAddress) };
}
