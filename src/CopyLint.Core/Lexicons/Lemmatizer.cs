namespace CopyLint.Core.Lexicons;

/// <summary>
/// A crude English lemmatiser for cue matching (rules-spec §4.7): strips -s/-es/-ies/-ed/-ied/-ing, undoes a
/// doubled final consonant, and knows the irregular forms news copy uses. Yields candidate lemmas; the caller
/// checks them against a word list, so over-generation is harmless.
/// </summary>
public static class Lemmatizer
{
    private static readonly Dictionary<string, string> Irregular = new(StringComparer.OrdinalIgnoreCase)
    {
        ["said"] = "say", ["says"] = "say", ["told"] = "tell", ["wrote"] = "write", ["written"] = "write", ["found"] = "find", ["shown"] = "show",
        ["thought"] = "think", ["stole"] = "steal", ["stolen"] = "steal", ["shot"] = "shoot", ["fled"] = "flee", ["fought"] = "fight",
        ["struck"] = "strike", ["brought"] = "bring", ["spoke"] = "speak", ["spoken"] = "speak", ["took"] = "take", ["taken"] = "take",
        ["gave"] = "give", ["given"] = "give", ["made"] = "make", ["knew"] = "know", ["known"] = "know", ["saw"] = "see", ["seen"] = "see",
        ["held"] = "hold", ["led"] = "lead", ["left"] = "leave", ["lost"] = "lose", ["paid"] = "pay", ["sold"] = "sell", ["sent"] = "send",
        ["spent"] = "spend", ["won"] = "win", ["beat"] = "beat", ["beaten"] = "beat", ["hit"] = "hit", ["put"] = "put", ["read"] = "read",
        ["heard"] = "hear", ["felt"] = "feel", ["meant"] = "mean", ["kept"] = "keep", ["began"] = "begin", ["begun"] = "begin", ["ran"] = "run",
        ["sank"] = "sink", ["sunk"] = "sink", ["blew"] = "blow", ["blown"] = "blow", ["overran"] = "overrun", ["retook"] = "retake",
        ["forecast"] = "forecast", ["broadcast"] = "broadcast", ["quit"] = "quit", ["set"] = "set", ["cut"] = "cut", ["cost"] = "cost",
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> IrregularLookup = Irregular.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The lemma of an irregular form ("said" → "say"), without allocating.</summary>
    public static bool TryIrregular(ReadOnlySpan<char> word, out string lemma) => IrregularLookup.TryGetValue(word, out lemma!);

    /// <summary>
    /// True when <paramref name="accept"/> accepts the word or one of its candidate lemmas (the same candidates as
    /// <see cref="Candidates"/>, in the same order), built in a stack buffer: no strings are allocated.
    /// </summary>
    public static bool AnyCandidate<TState>(ReadOnlySpan<char> word, TState state, Func<TState, ReadOnlySpan<char>, bool> accept)
    {
        if (word.Length == 0 || word.Length > 64) return word.Length > 0 && Candidates(word.ToString()).Any(c => accept(state, c));
        Span<char> lower = stackalloc char[word.Length];
        int n = word.ToLowerInvariant(lower);
        if (n < 0) return Candidates(word.ToString()).Any(c => accept(state, c));
        ReadOnlySpan<char> w = lower[..n];
        if (accept(state, w)) return true;
        if (TryIrregular(w, out var irr)) return accept(state, irr);
        if (n <= 3) return false;
        Span<char> scratch = stackalloc char[n + 1];
        if ((w.EndsWith("ies") || w.EndsWith("ied")) && accept(state, Join(scratch, w[..^3], 'y'))) return true;
        if (w.EndsWith("es") && accept(state, w[..^2])) return true;
        if (w.EndsWith('s') && !w.EndsWith("ss") && accept(state, w[..^1])) return true;
        if (w.EndsWith("ed") && StemForms(w[..^2], scratch, state, accept)) return true;
        if (w.EndsWith("ing") && n > 5 && StemForms(w[..^3], scratch, state, accept)) return true;
        return false;
    }

    // stem, stem + "e", and the stem without a doubled final consonant ("stopped" → "stop")
    private static bool StemForms<TState>(ReadOnlySpan<char> stem, Span<char> scratch, TState state, Func<TState, ReadOnlySpan<char>, bool> accept) =>
        accept(state, stem) || accept(state, Join(scratch, stem, 'e')) || (stem.Length > 2 && stem[^1] == stem[^2] && accept(state, stem[..^1]));

    private static ReadOnlySpan<char> Join(Span<char> scratch, ReadOnlySpan<char> stem, char last)
    {
        stem.CopyTo(scratch);
        scratch[stem.Length] = last;
        return scratch[..(stem.Length + 1)];
    }

    public static IEnumerable<string> Candidates(string word)
    {
        var w = word.ToLowerInvariant();
        yield return w;
        if (Irregular.TryGetValue(w, out var irr)) { yield return irr; yield break; }
        if (w.Length <= 3) yield break;
        if (w.EndsWith("ies")) yield return w[..^3] + "y";
        if (w.EndsWith("ied")) yield return w[..^3] + "y";
        if (w.EndsWith("es")) yield return w[..^2];
        if (w.EndsWith('s') && !w.EndsWith("ss")) yield return w[..^1];
        if (w.EndsWith("ed"))
        {
            var stem = w[..^2];
            yield return stem;
            yield return stem + "e";
            if (stem.Length > 2 && stem[^1] == stem[^2]) yield return stem[..^1];
        }
        if (w.EndsWith("ing") && w.Length > 5)
        {
            var stem = w[..^3];
            yield return stem;
            yield return stem + "e";
            if (stem.Length > 2 && stem[^1] == stem[^2]) yield return stem[..^1];
        }
    }
}
