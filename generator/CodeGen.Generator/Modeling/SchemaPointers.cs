using CodeGen.Generator.Reading;

namespace CodeGen.Generator.Modeling;

/// <summary>Pointers into the spec's schemas, and the names diagnostics give them.</summary>
internal static class SchemaPointers
{
    public static string Component(string id) => SpecPointer.Append("/components/schemas", id);

    /// <summary>The unescaped last segment of a pointer: the name of the property, parameter or component it ends at.</summary>
    public static string LastSegment(string pointer) => pointer.Substring(pointer.LastIndexOf('/') + 1).Replace("~1", "/").Replace("~0", "~");
}
