using System;

namespace CodeGen.Generator.Modeling;

/// <summary>How much one spec may make the model stage build; past a limit the spec gets a located error, not an exhausted compiler.</summary>
/// <remarks>
/// Output grows with what the model holds. allOf copies every part's properties into each class that composes them,
/// so a chain of n schemas declares n²/2 properties; the budget stops that well before the compiler's memory does.
/// </remarks>
internal sealed class ModelBudget
{
    /// <summary>Properties over all generated classes (and derived classes each base lists): GitHub's full description declares about 30,000.</summary>
    public const int MaxProperties = 250_000;

    /// <summary>Lists and maps inside one another; real specs nest three or four.</summary>
    public const int MaxCollectionNesting = 16;

    private int _properties;
    private bool _reportedTooDeep;

    /// <summary>Whether this is the first collection past <see cref="MaxCollectionNesting"/>: one warning says it for all.</summary>
    public bool FirstTooDeep()
    {
        var first = !_reportedTooDeep;
        _reportedTooDeep = true;
        return first;
    }

    public void SpendProperties(int count, string pointer)
    {
        _properties += count;
        if (_properties > MaxProperties)
        {
            throw new ModelLimitException(pointer, "The generated classes would hold more than " + MaxProperties.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " properties and derived classes in all, the most the generator builds (allOf copies every part's properties into each class that composes them, and each base lists every class below it); this schema passed the limit");
        }
    }
}

/// <summary>A limit of <see cref="ModelBudget"/> reached at a place in the spec.</summary>
internal sealed class ModelLimitException(string pointer, string message) : Exception(message)
{
    public string Pointer { get; } = pointer;
}
