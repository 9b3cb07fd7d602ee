namespace CopyLint.Core.Lexicons;

/// <summary>
/// A cheap, allocation-free pre-filter for case-insensitive word sets: for each ASCII first letter (case-folded), one
/// bit per word length present. Most words of running text fail it, so hash lookups (which fold case over the whole
/// word) run only for plausible candidates. False positives are possible, false negatives are not.
/// </summary>
public sealed class WordShapeFilter
{
    private readonly ulong[] _lengthsByFirstChar = new ulong[128];
    private bool _nonAsciiFirst;

    public WordShapeFilter() { }

    public WordShapeFilter(IEnumerable<string> words)
    {
        foreach (var w in words) Add(w);
    }

    public void Add(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return;
        char c = word[0];
        if (c >= 128) { _nonAsciiFirst = true; return; }
        _lengthsByFirstChar[Fold(c)] |= Bit(word.Length);
    }

    /// <summary>False when no word of the set can equal <paramref name="word"/> (ignoring case).</summary>
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        char c = word[0];
        if (c >= 128) return _nonAsciiFirst;
        return (_lengthsByFirstChar[Fold(c)] & Bit(word.Length)) != 0;
    }

    /// <summary>False when no word of the set starts with the (case-folded) first letter of <paramref name="word"/>.</summary>
    public bool MayStartLike(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        char c = word[0];
        return c >= 128 ? _nonAsciiFirst : _lengthsByFirstChar[Fold(c)] != 0;
    }

    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
    private static ulong Bit(int length) => 1UL << Math.Min(length, 63);
}
