namespace CopyLint.Core.Lexicons;

public static class WordSetExtensions
{
    /// <summary>
    /// Looks a token's text up in a string set without allocating a string for it. The set must have been built with a
    /// span-capable comparer (StringComparer.Ordinal or OrdinalIgnoreCase), as every word set in CopyLint is.
    /// </summary>
    public static bool ContainsWord(this HashSet<string> set, ReadOnlySpan<char> word) =>
        set.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
