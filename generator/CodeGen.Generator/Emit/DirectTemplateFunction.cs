using System;
using System.Linq;
using System.Reflection;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace CodeGen.Generator.Emit;

/// <summary>A template function Scriban prepares the arguments of as usual, then calls through a typed delegate instead of <see cref="MethodBase.Invoke(object, object[])"/>.</summary>
/// <remarks>
/// Scriban has typed wrappers only for signatures of its own (<c>string → string</c> and the like); a function taking
/// a model type goes through reflection on every call, a fifth of a small spec's rendering. Argument conversion,
/// parameter checks and error messages stay Scriban's, since only the final call is replaced; an exception the
/// function throws reaches the template as itself, as Scriban's unwrapping of the reflective call made it.
/// </remarks>
internal sealed class DirectTemplateFunction : DelegateCustomFunction
{
    private readonly Func<object?[], object?> _call;

    private DirectTemplateFunction(MethodInfo method, Func<object?[], object?> call)
        : base(null, method)
    {
        _call = call;
    }

    /// <summary>Replaces each function of <paramref name="functions"/> that Scriban would call by reflection.</summary>
    public static void ReplaceReflectiveCalls(ScriptObject functions)
    {
        foreach (var name in functions.GetMembers().ToList())
        {
            if (functions.TryGetValue(name, out var value)
                && value?.GetType() == typeof(DelegateCustomFunction)
                && value is DynamicCustomFunction { Method: { IsStatic: true } method }
                && CallerOf(method) is { } call)
            {
                functions.SetValue(name, new DirectTemplateFunction(method, call), !functions.CanWrite(name));
            }
        }
    }

    protected override object? InvokeImpl(TemplateContext context, SourceSpan span, object?[] arguments) => _call(arguments);

    private static Func<object?[], object?>? CallerOf(MethodInfo method)
    {
        var parameters = method.GetParameters();
        if (method.ReturnType == typeof(void) || method.IsGenericMethodDefinition || parameters.Any(p => p.ParameterType.IsByRef || p.IsDefined(typeof(ParamArrayAttribute), false)))
        {
            return null;
        }

        var open = parameters.Length switch
        {
            1 => typeof(Call<,>),
            2 => typeof(Call<,,>),
            3 => typeof(Call<,,,>),
            4 => typeof(Call<,,,,>),
            _ => null,
        };
        if (open is null)
        {
            return null;
        }

        var types = parameters.Select(p => p.ParameterType).Concat(new[] { method.ReturnType }).ToArray();
        return ((ICall)Activator.CreateInstance(open.MakeGenericType(types), method)!).Invoke;
    }

    // A null argument becomes the parameter's default, as the reflective call makes it.
    private static T Arg<T>(object? value) => value is null ? default! : (T)value;

    private interface ICall
    {
        object? Invoke(object?[] arguments);
    }

    private sealed class Call<T1, TResult>(MethodInfo method) : ICall
    {
        private readonly Func<T1, TResult> _function = (Func<T1, TResult>)method.CreateDelegate(typeof(Func<T1, TResult>));

        public object? Invoke(object?[] arguments) => _function(Arg<T1>(arguments[0]));
    }

    private sealed class Call<T1, T2, TResult>(MethodInfo method) : ICall
    {
        private readonly Func<T1, T2, TResult> _function = (Func<T1, T2, TResult>)method.CreateDelegate(typeof(Func<T1, T2, TResult>));

        public object? Invoke(object?[] arguments) => _function(Arg<T1>(arguments[0]), Arg<T2>(arguments[1]));
    }

    private sealed class Call<T1, T2, T3, TResult>(MethodInfo method) : ICall
    {
        private readonly Func<T1, T2, T3, TResult> _function = (Func<T1, T2, T3, TResult>)method.CreateDelegate(typeof(Func<T1, T2, T3, TResult>));

        public object? Invoke(object?[] arguments) => _function(Arg<T1>(arguments[0]), Arg<T2>(arguments[1]), Arg<T3>(arguments[2]));
    }

    private sealed class Call<T1, T2, T3, T4, TResult>(MethodInfo method) : ICall
    {
        private readonly Func<T1, T2, T3, T4, TResult> _function = (Func<T1, T2, T3, T4, TResult>)method.CreateDelegate(typeof(Func<T1, T2, T3, T4, TResult>));

        public object? Invoke(object?[] arguments) => _function(Arg<T1>(arguments[0]), Arg<T2>(arguments[1]), Arg<T3>(arguments[2]), Arg<T4>(arguments[3]));
    }
}
