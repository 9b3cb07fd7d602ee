namespace CopyLint.Core.Lexicons;

/// <summary>
/// A crude English lemmatiser for cue matching (rules-spec §4.7): strips -s/-es/-ies/-ed/-ied/-ing, undoes a
/// doubled final consonant, and knows the irregular forms news copy uses. Offers candidate lemmas; the caller
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
    /// True when <paramref name="accept"/> accepts the lower-cased word or one of its candidate lemmas, in this order:
    /// the irregular lemma (and nothing else) for an irregular form; otherwise, from four letters on, -ies/-ied → -y,
    /// -es, -s (not -ss), and for -ed and -ing (from six letters) the stem, stem + e, and the stem without a doubled final
    /// consonant ("stopped" → "stop"). Candidates are built in a stack buffer: no strings are allocated.
    /// </summary>
    public static bool AnyCandidate<TState>(ReadOnlySpan<char> word, TState state, Func<TState, ReadOnlySpan<char>, bool> accept)
    {
        if (word.IsEmpty) return false;
        Span<char> buffer = word.Length <= 64 ? stackalloc char[2 * word.Length + 1] : new char[2 * word.Length + 1];
        var lower = buffer[..word.Length];
        word.ToLowerInvariant(lower); // invariant lower-casing keeps the length
        ReadOnlySpan<char> w = lower;
        int n = w.Length;
        if (accept(state, w)) return true;
        if (TryIrregular(w, out var irr)) return accept(state, irr);
        if (n <= 3) return false;
        var scratch = buffer[n..];
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
}
