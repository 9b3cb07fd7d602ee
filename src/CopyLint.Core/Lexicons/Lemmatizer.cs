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
