using System;
using System.Net.Http;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using CodeGen.Benchmarks.Generated.Kps;
using CodeGen.Runtime;

namespace CodeGen.Benchmarks.Calls;

/// <summary>
/// A 16 MB success body, streamed without a Content-Length: the generated client refusing it at a 1 MB limit,
/// reading it under a 32 MB limit, and the whole-body buffering the client must not do (the body read into one
/// array, then deserialized). Allocated memory per call bounds the call's peak managed memory from above.
/// </summary>
[MemoryDiagnoser]
public class LargeBodyBenchmarks
{
    private const long BodyBytes = 16L * 1024 * 1024;
    private const string ProjectId = "0123456789abcdef0123456789abcdef";

    private HttpClient _limited = null!;
    private HttpClient _roomy = null!;

    [GlobalSetup]
    public void Setup()
    {
        var address = new Uri("https://kms.cn-north-4.myhuaweicloud.com/");
        _limited = new HttpClient(new SyntheticTasksResponder(BodyBytes)) { BaseAddress = address, MaxResponseContentBufferSize = 1024 * 1024 };
        _roomy = new HttpClient(new SyntheticTasksResponder(BodyBytes)) { BaseAddress = address, MaxResponseContentBufferSize = 32 * 1024 * 1024 };
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _limited.Dispose();
        _roomy.Dispose();
    }

    /// <summary>Past the 1 MB limit the call throws; what it allocated is bounded by the limit, not by the body.</summary>
    [Benchmark]
    public async Task<int> RefusedAtOneMegabyteLimit()
    {
        try
        {
            await new KpsClient(_limited).ListRunningTaskAsync(ProjectId);
            throw new InvalidOperationException("A body past the limit was read.");
        }
        catch (ApiException exception)
        {
            return exception.Message.Length;
        }
    }

    /// <summary>Within the limit, the body streams into the deserializer: memory is the model's, plus the parser's buffer.</summary>
    [Benchmark(Baseline = true)]
    public async Task<int> StreamedWithinLimit() => (await new KpsClient(_roomy).ListRunningTaskAsync(ProjectId)).Tasks!.Count;

    /// <summary>The same body read into one array first, then deserialized: the body and the model in memory at once.</summary>
    [Benchmark]
    public async Task<int> BufferedWithinLimit()
    {
        using var response = await _roomy.GetAsync("v3/" + ProjectId + "/running-tasks", HttpCompletionOption.ResponseHeadersRead);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        return System.Text.Json.JsonSerializer.Deserialize(bytes, KpsClientJsonContext.Default.RunningTasks)!.Tasks!.Count;
    }
}
