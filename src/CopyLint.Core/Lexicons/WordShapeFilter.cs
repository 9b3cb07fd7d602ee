namespace CopyLint.Core.Lexicons;

/// <summary>
/// A cheap, allocation-free pre-filter for case-insensitive word sets: one bit per word length for each ASCII first
/// letter, and the same for each ASCII last letter (both case-folded). A word passes only when some word of the set has
/// its first letter and length, and some has its last letter and length. Most words of running text fail, so hash
/// lookups (which fold case over the whole word) run only for plausible candidates. False positives are possible,
/// false negatives are not.
/// </summary>
public sealed class WordShapeFilter
{
    private readonly ulong[] _lengthsByFirstChar = new ulong[128];
    private readonly ulong[] _lengthsByLastChar = new ulong[128];
    private bool _nonAsciiFirst, _nonAsciiLast;

    public WordShapeFilter() { }

    public WordShapeFilter(IEnumerable<string> words)
    {
        foreach (var w in words) Add(w);
    }

    public void Add(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return;
        char first = word[0], last = word[^1];
        if (first >= 128) _nonAsciiFirst = true; else _lengthsByFirstChar[Fold(first)] |= Bit(word.Length);
        if (last >= 128) _nonAsciiLast = true; else _lengthsByLastChar[Fold(last)] |= Bit(word.Length);
    }

    /// <summary>False when no word of the set can equal <paramref name="word"/> (ignoring case).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        char first = word[0], last = word[^1];
        ulong bit = Bit(word.Length);
        if (first >= 128 ? !_nonAsciiFirst : (_lengthsByFirstChar[Fold(first)] & bit) == 0) return false;
        return last >= 128 ? _nonAsciiLast : (_lengthsByLastChar[Fold(last)] & bit) != 0;
    }

    /// <summary>False when no word of the set starts with the (case-folded) first letter of <paramref name="word"/>.</summary>
    public bool MayStartLike(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        char c = word[0];
        return c >= 128 ? _nonAsciiFirst : _lengthsByFirstChar[Fold(c)] != 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Bit(int length) => 1UL << Math.Min(length, 63);
}
