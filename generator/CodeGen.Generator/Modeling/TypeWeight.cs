using CodeGen.Generator.Model;

namespace CodeGen.Generator.Modeling;

/// <summary>About how many characters the output spends each time it names a type: what the model budget charges for it.</summary>
internal static class TypeWeight
{
    // Rough lengths in the output: a well-known type's name, the collection wrapped around an element, and the
    // qualifier in front of a named type (output names every type in full, so no name of the spec's can shadow it).
    private const int WellKnown = 16;
    private const int Collection = 40;
    private const int Qualifier = 8;

    public static long Of(TypeRef type)
    {
        long weight = 0;
        for (TypeRef? part = type; part is not null; part = part.Element)
        {
            weight += part.IsNullable ? 1 : 0;
            weight += part.Kind switch
            {
                TypeRefKind.List or TypeRefKind.Map => Collection,
                TypeRefKind.Generated or TypeRefKind.Mapped => Qualifier + part.QualifiedName.Length,
                _ => WellKnown,
            };
        }

        return weight;
    }
}
