namespace CodeGen.Generator.Model;

/// <summary>The kind of JSON value a type is read from, as <c>System.Text.Json.JsonValueKind</c> names it.</summary>
internal enum JsonKind
{
    /// <summary>Any value (an untyped schema, or a union of several kinds).</summary>
    Any,
    Object,
    Array,
    String,
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,
}
