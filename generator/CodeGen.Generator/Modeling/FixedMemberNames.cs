using System;
using System.Collections.Generic;

namespace CodeGen.Generator.Modeling;

/// <summary>
/// The members every generated enum and union declares whatever the spec says. A type cannot be named like one of
/// its members (CS0542), so a schema whose name is one of them gets a suffix saying what it is.
/// </summary>
internal static class FixedMemberNames
{
    public static readonly string[] OfEnums = { "Value", "IsKnown", "JsonValueConverter", "Equals", "GetHashCode", "ToString", "KnownValues", "KnownValueSet" };

    public static readonly string[] OfUnions = { "Json", "JsonValueConverter", "Equals", "GetHashCode", "GetType", "ToString" };

    private static readonly HashSet<string> EnumMembers = new(OfEnums, StringComparer.Ordinal);
    private static readonly HashSet<string> UnionMembers = new(OfUnions, StringComparer.Ordinal);

    /// <summary>The name an enum asks for: <paramref name="desired"/>, or <c>{desired}Enum</c> when that is one of its members.</summary>
    public static string ForEnum(string desired) => EnumMembers.Contains(desired) ? desired + "Enum" : desired;

    /// <summary>The name a union asks for: <paramref name="desired"/>, or <c>{desired}Union</c> when that is one of its members.</summary>
    public static string ForUnion(string desired) => UnionMembers.Contains(desired) ? desired + "Union" : desired;
}
