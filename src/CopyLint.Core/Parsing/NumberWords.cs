namespace CopyLint.Core.Parsing;

/// <summary>The number grammar's vocabulary: number words, scales, vague quantities, approximators, units.</summary>
internal static class NumberWords
{
    public static readonly Dictionary<string, double> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8,
        ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12, ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15,
        ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["dozen"] = 12,
    };

    public static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> UnitLookup = Units.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly Dictionary<string, double> Scales = new(StringComparer.OrdinalIgnoreCase)
    {
        ["hundred"] = 1e2, ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12, ["lakh"] = 1e5, ["crore"] = 1e7,
        ["k"] = 1e3, ["mln"] = 1e6, ["mn"] = 1e6, ["m"] = 1e6, ["bln"] = 1e9, ["bn"] = 1e9, ["b"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
    };

    /// <summary>Scale abbreviations that are only scales after a currency ("$400m"), otherwise units ("400m" race).</summary>
    public static readonly HashSet<string> MoneyOnlyScales = new(StringComparer.OrdinalIgnoreCase) { "m", "k", "b" };

    public static readonly Dictionary<string, double> Vague = new(StringComparer.OrdinalIgnoreCase)
    {
        ["dozens"] = 24, ["hundreds"] = 200, ["thousands"] = 2000, ["millions"] = 2e6, ["billions"] = 2e9, ["tens"] = 20, ["scores"] = 40,
    };

    public static readonly Dictionary<string, double> Fractions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["half"] = 0.5, ["third"] = 1 / 3.0, ["thirds"] = 1 / 3.0, ["quarter"] = 0.25, ["quarters"] = 0.25, ["fifth"] = 0.2, ["fifths"] = 0.2,
        ["two-thirds"] = 2 / 3.0, ["three-quarters"] = 0.75, ["three-fourths"] = 0.75, ["one-third"] = 1 / 3.0, ["one-half"] = 0.5,
        ["one-quarter"] = 0.25, ["two-fifths"] = 0.4, ["three-fifths"] = 0.6, ["double"] = 2, ["triple"] = 3, ["twofold"] = 2, ["threefold"] = 3,
    };

    public static readonly HashSet<string> PercentWords = new(StringComparer.OrdinalIgnoreCase) { "percent", "pct", "percentage", "bps" };
    public static readonly HashSet<string> CurrencyWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "won", "dollar", "dollars", "dlr", "dlrs", "euro", "euros", "yen", "yuan", "renminbi", "pound", "pounds", "sterling", "ruble", "rubles",
        "rouble", "roubles", "hryvnia", "hryvnias", "rupee", "rupees", "francs", "franc", "pesos", "peso", "ringgit", "baht", "dong", "rand",
        "shekels", "lira", "naira", "real", "reais", "krona", "kronor", "krone", "marks", "cents", "cent",
    };

    /// <summary>Single-word approximators that may precede a number.</summary>
    public static readonly HashSet<string> Approximators = new(StringComparer.OrdinalIgnoreCase)
    {
        "about", "around", "roughly", "approximately", "approx", "nearly", "almost", "some", "over", "under", "below", "above",
        "estimated", "circa", "upward", "upwards", "only", "just", "exactly", "precisely", "barely",
    };

    /// <summary>Two-word approximators (first word, second word).</summary>
    public static readonly (string, string)[] ApproximatorPairs =
    [
        ("more", "than"), ("less", "than"), ("fewer", "than"), ("at", "least"), ("at", "most"), ("up", "to"), ("close", "to"),
        ("an", "estimated"), ("as", "many"), ("as", "much"), ("as", "few"), ("in", "excess"), ("just", "over"), ("just", "under"),
        ("well", "over"), ("nearly", "all"),
    ];

    /// <summary>
    /// Every unhyphenated word the number grammar can start with (units, scales longer than two letters, vague
    /// quantities, fractions): one lookup rules out almost every word of the text before the specific tables are asked.
    /// </summary>
    public static readonly HashSet<string> AnyStartWord = new(
        Units.Keys.Concat(Scales.Keys.Where(k => k.Length > 2)).Concat(Vague.Keys).Concat(Fractions.Keys).Where(k => !k.Contains('-')),
        StringComparer.OrdinalIgnoreCase);

    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AnyStartLookup = AnyStartWord.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Shapes (first letter, length) of <see cref="AnyStartWord"/>: rules out most words without hashing them.</summary>
    public static readonly Lexicons.WordShapeFilter StartWordShapes = new(AnyStartWord);

    // Span lookups made once: asking a set for one per call costs a runtime type check (in Native AOT, a type-loader
    // lookup) on every number word.
    public static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> ScaleLookup = Scales.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> VagueLookup = Vague.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly Dictionary<string, double>.AlternateLookup<ReadOnlySpan<char>> FractionLookup = Fractions.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ApproximatorLookup = Approximators.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsNumberWord(ReadOnlySpan<char> word, out double value)
    {
        var lookupU = UnitLookup;
        if (lookupU.TryGetValue(word, out value)) return true;
        if (word.Length > 2 && ScaleLookup.TryGetValue(word, out value)) return true;
        int dash = word.IndexOf('-');
        if (dash > 0 && lookupU.TryGetValue(word[..dash], out var tens) && lookupU.TryGetValue(word[(dash + 1)..], out var ones) && tens >= 20 && ones < 10)
        {
            value = tens + ones;
            return true;
        }
        value = 0;
        return false;
    }
}
