namespace CopyLint.Core.Lexicons;

/// <summary>Named word lists the rules read (reporting verbs, hedges, source nouns …). Immutable.</summary>
public sealed class LexiconSet
{
    private readonly Dictionary<string, Lexicon> _lexicons;

    public LexiconSet(IEnumerable<Lexicon> lexicons)
    {
        _lexicons = new Dictionary<string, Lexicon>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in lexicons) _lexicons[l.Name] = l;
    }

    public static readonly LexiconSet Empty = new([]);

    public IEnumerable<string> Names => _lexicons.Keys;

    /// <summary>The named list, or an empty one when it is unknown (rules degrade, never crash).</summary>
    public Lexicon this[string name] => _lexicons.TryGetValue(name, out var l) ? l : Lexicon.Empty;

    public bool TryGet(string name, out Lexicon lexicon) => _lexicons.TryGetValue(name, out lexicon!);

    public LexiconSet With(Lexicon lexicon)
    {
        var copy = new Dictionary<string, Lexicon>(_lexicons, StringComparer.OrdinalIgnoreCase) { [lexicon.Name] = lexicon };
        return new LexiconSet(copy.Values);
    }
}
