namespace CopyLint.Core.Lexicons;

/// <summary>Named word lists the rules read (reporting verbs, hedges, source nouns …). Immutable.</summary>
public sealed class LexiconSet
{
    // A list is built (hash sets, phrase index, pre-filter) on first use: a short run reads only some of the lists.
    private readonly Dictionary<string, Lazy<Lexicon>> _lexicons;

    public LexiconSet(IEnumerable<Lexicon> lexicons)
    {
        _lexicons = new Dictionary<string, Lazy<Lexicon>>(StringComparer.OrdinalIgnoreCase);
        foreach (var l in lexicons) _lexicons[l.Name] = new Lazy<Lexicon>(l);
    }

    private LexiconSet(Dictionary<string, Lazy<Lexicon>> lexicons) => _lexicons = lexicons;

    /// <summary>
    /// Lists whose names are known now and whose contents are built on first use, once (thread-safe).
    /// A later list of the same name (ignoring case) replaces an earlier one, as with the other constructor.
    /// </summary>
    public static LexiconSet Deferred(IEnumerable<(string Name, Func<Lexicon> Build)> lexicons)
    {
        var map = new Dictionary<string, Lazy<Lexicon>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, build) in lexicons) map[name] = new Lazy<Lexicon>(build, LazyThreadSafetyMode.ExecutionAndPublication);
        return new LexiconSet(map);
    }

    public static readonly LexiconSet Empty = new(Array.Empty<Lexicon>());

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
            var found = _lexicons.TryGetValue(name, out var l) ? l.Value : Lexicon.Empty;
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

    public bool TryGet(string name, out Lexicon lexicon)
    {
        if (_lexicons.TryGetValue(name, out var l)) { lexicon = l.Value; return true; }
        lexicon = null!;
        return false;
    }

    public LexiconSet With(Lexicon lexicon)
    {
        // Same order as before; the new list takes the old one's place under its own spelling of the name.
        var copy = new Dictionary<string, Lazy<Lexicon>>(StringComparer.OrdinalIgnoreCase);
        bool replaced = false;
        foreach (var (name, l) in _lexicons)
        {
            if (!string.Equals(name, lexicon.Name, StringComparison.OrdinalIgnoreCase)) copy[name] = l;
            else { copy[lexicon.Name] = new Lazy<Lexicon>(lexicon); replaced = true; }
        }
        if (!replaced) copy[lexicon.Name] = new Lazy<Lexicon>(lexicon);
        return new LexiconSet(copy);
    }
}
