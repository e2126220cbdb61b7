using System;

namespace CodeGen.Generator.Modeling;

/// <summary>How much one spec may make the model stage build; past a limit the spec gets a located error, not an exhausted compiler.</summary>
/// <remarks>
/// Output grows with what the model holds. allOf copies every part's properties into each class that composes them,
/// so a chain of n schemas declares n²/2 properties; the budget stops that well before the compiler's memory does.
/// </remarks>
internal sealed class ModelBudget
{
    /// <summary>Properties and enum values over all generated types (and derived classes each base lists): GitHub's full description declares about 30,000.</summary>
    public const int MaxMembers = 250_000;

    /// <summary>
    /// Characters of the names, types and wire names of those members, which the output repeats a few times each:
    /// GitHub's full description spends about 2 M. Names are bounded, but a quadratic allOf chain of long names
    /// stays under <see cref="MaxMembers"/> while its output would not stay near its size.
    /// </summary>
    public const long MaxMemberCharacters = 16_000_000;

    /// <summary>Lists and maps inside one another; real specs nest three or four.</summary>
    public const int MaxCollectionNesting = 16;

    private int _members;
    private long _memberCharacters;
    private bool _reportedTooDeep;

    /// <summary>Whether this is the first collection past <see cref="MaxCollectionNesting"/>: one warning says it for all.</summary>
    public bool FirstTooDeep()
    {
        var first = !_reportedTooDeep;
        _reportedTooDeep = true;
        return first;
    }

    public void SpendCharacters(long count, string pointer)
    {
        _memberCharacters += count;
        if (_memberCharacters > MaxMemberCharacters)
        {
            throw new ModelLimitException(pointer, "The generated types would spell out more than " + MaxMemberCharacters.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " characters of member names, types and wire names in all, the most the generator builds (allOf copies every part's properties into each class that composes them); this schema passed the limit");
        }
    }

    public void SpendMembers(int count, string pointer)
    {
        _members += count;
        if (_members > MaxMembers)
        {
            throw new ModelLimitException(pointer, "The generated types would hold more than " + MaxMembers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " properties, enum values and derived classes in all, the most the generator builds (allOf copies every part's properties into each class that composes them, and each base lists every class below it); this schema passed the limit");
        }
    }
}

/// <summary>A limit of <see cref="ModelBudget"/> reached at a place in the spec.</summary>
internal sealed class ModelLimitException(string pointer, string message) : Exception(message)
{
    public string Pointer { get; } = pointer;
}
