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

    /// <summary>
    /// Spec characters per member a spec may ask for: real specs spend hundreds of characters on each property they
    /// declare (GitHub's 13 M characters declare about 30,000), while allOf compositions that reach one schema along
    /// many routes (each level composing both schemas of the level below) made a 57 KB spec hold 80,000 members, some
    /// 400 characters of output each.
    /// </summary>
    public const int SpecCharactersPerMember = 4;

    /// <summary>The members any spec may hold whatever its size, hand-written specs of a few kilobytes included.</summary>
    public const int MinMembers = 25_000;

    private readonly int _maxMembers;

    /// <param name="specLength">The characters of the spec's text that are not white space, which the member budget grows with.</param>
    public ModelBudget(long specLength)
    {
        _maxMembers = (int)Math.Min(MaxMembers, Math.Max(MinMembers, specLength / SpecCharactersPerMember));
    }

    /// <summary>
    /// Values one enum may list and still be generated as one: real specs list at most a few thousand (storecove's 2,477
    /// codes), while each value is a member, a static instance and an array element the compiler must bind, and an enum
    /// of 100,000 values did not compile in two minutes. A longer list is read as a plain string (OAPI006).
    /// </summary>
    public const int MaxEnumValues = 10_000;

    /// <summary>
    /// Schemas the allOf walks of all classes may enter in all. A walk reuses what it collected for parts it finished,
    /// so real specs enter each schema a few times (GitHub's description some thousands in all); around a cycle
    /// nothing can be reused, and 8,000 schemas composing each other in a ring took 94 s to walk from every class.
    /// </summary>
    public const int MaxComposedSchemaVisits = 1_000_000;

    /// <summary>The budget of a spec whose text is <paramref name="text"/>.</summary>
    public static ModelBudget ForSpec(string text) => new(MeasuredLength(text, (long)MaxMembers * SpecCharactersPerMember));

    /// <summary>
    /// The characters of a spec that count towards its budget, white space padding buying nothing; counted only up to
    /// <paramref name="enough"/>, past which the budget is at its cap (GitHub's 13 M characters reach it a tenth of the way in).
    /// </summary>
    public static long MeasuredLength(string text, long enough)
    {
        long count = 0;
        foreach (var character in text)
        {
            // Printable ASCII, most of any spec, is never white space; the rest asks the full table.
            if ((character is > ' ' and < '\u007F' || !char.IsWhiteSpace(character)) && ++count >= enough)
            {
                break;
            }
        }

        return count;
    }

    /// <summary>Lists and maps inside one another; real specs nest three or four.</summary>
    public const int MaxCollectionNesting = 16;

    private int _members;
    private long _composedSchemaVisits;
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

    public void SpendComposedSchemaVisits(int count, string pointer)
    {
        _composedSchemaVisits += count;
        if (_composedSchemaVisits > MaxComposedSchemaVisits)
        {
            throw new ModelLimitException(pointer, "Collecting the properties of the classes and of what they compose with allOf would enter more than " + MaxComposedSchemaVisits.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " schemas in all, the most the generator walks (schemas that compose each other in a cycle are walked again from each class of the cycle); this schema passed the limit");
        }
    }

    public void SpendMembers(int count, string pointer)
    {
        _members += count;
        if (_members > _maxMembers)
        {
            var limit = _maxMembers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
            var reason = _maxMembers == MaxMembers
                ? "the most the generator builds"
                : "the most it builds for a spec of this size (one per " + SpecCharactersPerMember + " characters of the spec, and at least " + MinMembers.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + ")";
            throw new ModelLimitException(pointer, "The generated types would hold more than " + limit + " properties, enum values and derived classes in all, " + reason + "; allOf copies every part's properties into each class that composes them, and each base lists every class below it. This schema passed the limit");
        }
    }
}

/// <summary>A limit of <see cref="ModelBudget"/> reached at a place in the spec.</summary>
internal sealed class ModelLimitException(string pointer, string message) : Exception(message)
{
    public string Pointer { get; } = pointer;
}
