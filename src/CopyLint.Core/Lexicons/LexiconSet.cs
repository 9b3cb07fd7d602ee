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

    // Rules ask by constant names, many times per sentence: after the first case-insensitive lookup of a name object,
    // the answer is found by reference (no hashing of the characters).
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lexicon> _byReference = new(ByReference.Instance);

    /// <summary>The named list, or an empty one when it is unknown (rules degrade, never crash).</summary>
    public Lexicon this[string name]
    {
        get
        {
            if (_byReference.TryGetValue(name, out var cached)) return cached;
            var found = _lexicons.TryGetValue(name, out var l) ? l : Lexicon.Empty;
            if (_byReference.Count < 1024) _byReference.TryAdd(name, found); // bounded: names built at run time are not cached forever
            return found;
        }
    }

    private sealed class ByReference : IEqualityComparer<string>
    {
        public static readonly ByReference Instance = new();
        public bool Equals(string? x, string? y) => ReferenceEquals(x, y);
        public int GetHashCode(string obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
    }

    public bool TryGet(string name, out Lexicon lexicon) => _lexicons.TryGetValue(name, out lexicon!);

    public LexiconSet With(Lexicon lexicon)
    {
        var copy = new Dictionary<string, Lexicon>(_lexicons, StringComparer.OrdinalIgnoreCase) { [lexicon.Name] = lexicon };
        return new LexiconSet(copy.Values);
    }
}
