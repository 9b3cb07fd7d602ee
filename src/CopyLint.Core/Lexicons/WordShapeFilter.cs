namespace CopyLint.Core.Lexicons;

/// <summary>
/// A cheap, allocation-free pre-filter for case-insensitive word sets: for each (case-folded ASCII) pair of first and
/// last letter, hashed into 256 buckets, one bit per word length. A word passes only when some word of the set shares
/// its bucket and length: "the" is ruled out for a set holding "ten" and "one", which a first-letter and a last-letter
/// table checked apart would let through. Most words of running text fail, so hash lookups (which fold case over the
/// whole word) run only for plausible candidates. False positives are possible, false negatives are not.
/// </summary>
public sealed class WordShapeFilter
{
    private readonly ulong[] _lengthsByFirstChar = new ulong[128];
    private readonly ulong[] _lengthsByEnds = new ulong[256];
    private bool _nonAscii;

    public WordShapeFilter() { }

    public WordShapeFilter(IEnumerable<string> words)
    {
        foreach (var w in words) Add(w);
    }

    public void Add(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return;
        char first = word[0], last = word[^1];
        if (first >= 128 || last >= 128) { _nonAscii = true; if (first >= 128) return; }
        _lengthsByFirstChar[Fold(first)] |= Bit(word.Length);
        if (last < 128) _lengthsByEnds[Ends(first, last)] |= Bit(word.Length);
    }

    /// <summary>False when no word of the set can equal <paramref name="word"/> (ignoring case).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        char first = word[0], last = word[^1];
        if ((first | last) >= 128) return _nonAscii; // a non-ASCII end may fold to an ASCII letter: let it through
        return (_lengthsByEnds[Ends(first, last)] & Bit(word.Length)) != 0;
    }

    /// <summary>False when no word of the set starts with the (case-folded) first letter of <paramref name="word"/>.</summary>
    public bool MayStartLike(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        char c = word[0];
        return c >= 128 ? _nonAscii : _lengthsByFirstChar[Fold(c)] != 0;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int Ends(char first, char last) => (Fold(first) * 31 + Fold(last)) & 255;
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static ulong Bit(int length) => 1UL << Math.Min(length, 63);
}
