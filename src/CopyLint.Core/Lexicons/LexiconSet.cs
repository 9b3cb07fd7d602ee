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
    // the answer is found by reference in a small open-addressing table hashed on the name's length and two of its
    // characters (no string hashing, no lock: a slot is filled once, atomically, and never changed).
    private readonly CacheEntry?[] _byReference = new CacheEntry?[CacheSlots];
    private int _cached;
    private const int CacheSlots = 512, MaxCachedNames = 256; // names built at run time are not cached forever

    private sealed class CacheEntry(string name, Lexicon lexicon)
    {
        public readonly string Name = name;
        public readonly Lexicon Lexicon = lexicon;
    }

    /// <summary>The named list, or an empty one when it is unknown (rules degrade, never crash).</summary>
    public Lexicon this[string name]
    {
        get
        {
            int first = name.Length == 0 ? 0 : (name.Length * 31 + name[0] * 7 + name[^1]) & (CacheSlots - 1);
            for (int probe = 0, slot = first; probe < CacheSlots; probe++, slot = (slot + 1) & (CacheSlots - 1))
            {
                var entry = Volatile.Read(ref _byReference[slot]);
                if (entry is null) break;
                if (ReferenceEquals(entry.Name, name)) return entry.Lexicon;
            }
            var found = _lexicons.TryGetValue(name, out var lazy) ? lazy.Value : Lexicon.Empty;
            if (Interlocked.Increment(ref _cached) <= MaxCachedNames)
            {
                for (int slot = first; ; slot = (slot + 1) & (CacheSlots - 1))
                    if (Interlocked.CompareExchange(ref _byReference[slot], new CacheEntry(name, found), null) is null) break;
            }
            return found;
        }
    }

    // Bundles (see LexiconBundle): slot k holds bundle k's lists as resolved from this set. Copied on write under the lock.
    private static int s_bundleSlots;
    private object?[] _bundles = [];
    private readonly Lock _bundleGate = new();

    internal static int NewBundleSlot() => Interlocked.Increment(ref s_bundleSlots) - 1;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal object? GetBundle(int slot)
    {
        var bundles = Volatile.Read(ref _bundles);
        return (uint)slot < (uint)bundles.Length ? bundles[slot] : null;
    }

    /// <summary>Stores <paramref name="bundle"/> in <paramref name="slot"/> unless another thread got there first; returns the one kept.</summary>
    internal object AddBundle(int slot, object bundle)
    {
        lock (_bundleGate)
        {
            var bundles = _bundles;
            if ((uint)slot < (uint)bundles.Length && bundles[slot] is { } kept) return kept;
            var grown = new object?[Math.Max(bundles.Length, slot + 1)];
            bundles.CopyTo(grown, 0);
            grown[slot] = bundle;
            Volatile.Write(ref _bundles, grown);
            return bundle;
        }
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
