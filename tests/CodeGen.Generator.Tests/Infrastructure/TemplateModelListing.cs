using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;
using Scriban.Runtime;

namespace CodeGen.Generator.Tests.Infrastructure;

/// <summary>The template model as templates see it: every object reachable from <c>model</c>, with its members under Scriban's names.</summary>
internal static class TemplateModelListing
{
    public static string Build()
    {
        var builder = new StringBuilder();
        var pending = new Queue<Type>();
        var seen = new HashSet<Type> { typeof(ApiModel) };
        pending.Enqueue(typeof(ApiModel));
        while (pending.Count > 0)
        {
            var type = pending.Dequeue();
            builder.Append("### ").Append(type.Name).Append("\n\n| member | type |\n|---|---|\n");
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                         .Where(p => p.GetIndexParameters().Length == 0)
                         .OrderBy(p => StandardMemberRenamer.Rename(p.Name), StringComparer.Ordinal))
            {
                builder.Append("| `").Append(StandardMemberRenamer.Rename(property.Name)).Append("` | ").Append(Describe(property.PropertyType, property, seen, pending)).Append(" |\n");
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }

    private static string Describe(Type type, PropertyInfo property, HashSet<Type> seen, Queue<Type> pending)
    {
        var nullable = new NullabilityInfoContext().Create(property).ReadState == NullabilityState.Nullable || Nullable.GetUnderlyingType(type) is not null;
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return Name(underlying, seen, pending) + (nullable ? " or null" : string.Empty);
    }

    private static string Name(Type type, HashSet<Type> seen, Queue<Type> pending)
    {
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
        {
            return "list of " + Name(type.GetGenericArguments()[0], seen, pending);
        }

        if (type == typeof(ScriptObject))
        {
            return "object of `x-` name → string, number, bool, null, list or object";
        }

        if (type.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(type).Select(name => "`" + name + "`"));
        }

        if (type.Namespace == typeof(ApiModel).Namespace)
        {
            if (seen.Add(type))
            {
                pending.Enqueue(type);
            }

            return "[" + type.Name + "](#" + type.Name.ToLowerInvariant() + ")";
        }

        return type == typeof(string) ? "string" : type == typeof(bool) ? "bool" : type == typeof(int) ? "int" : type == typeof(long) ? "long" : type.Name;
    }
}
