using System;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>Generates a client, compiles it with a probe class and calls the probe's static methods.</summary>
internal sealed class GeneratedCode
{
    private readonly Type _probe;

    private GeneratedCode(Type probe) => _probe = probe;

    public static GeneratedCode Compile(Spec spec, string probeSource) =>
        Load(GeneratorHarness.Run(new[] { spec }, new[] { probeSource }));

    /// <summary>Loads a run whose sources include a <c>Probe</c> class, once its output compiles clean.</summary>
    public static GeneratedCode Load(GenerationResult result)
    {
        Assert.Empty(result.CompilationProblems().Select(d => d.ToString()));
        return new GeneratedCode(result.Load().GetType("Probe", throwOnError: true)!);
    }

    public T Call<T>(string method, params object?[] arguments)
    {
        try
        {
            return (T)_probe.GetMethod(method, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, arguments)!;
        }
        catch (TargetInvocationException exception) when (exception.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(exception.InnerException).Throw();
            throw;
        }
    }

    public Task<T> CallAsync<T>(string method, params object?[] arguments) => Call<Task<T>>(method, arguments);
}
