using CopyLint.Core.Syntax;

namespace CopyLint.Core.Lexicons;

/// <summary>
/// One test for "could any of these lexicons match at this token?": the union of their entries' first words as a bit
/// set over word IDs. A rule that tries several lists on every token of a sentence asks the gate first and skips the
/// token when it says no (it never says no when one of the lists would match). Built once for a set of lexicons
/// and reused while the same lexicon objects are asked for (see <see cref="For"/>).
/// </summary>
public sealed class LexiconGate
{
    private readonly Lexicon[] _lexicons;
    private readonly ulong[] _any;
    private readonly int _maxId;
    private readonly bool _open; // some list cannot be tested by ID: the gate lets everything through

    private LexiconGate(ReadOnlySpan<Lexicon> lexicons)
    {
        _lexicons = lexicons.ToArray();
        foreach (var l in lexicons)
        {
            if (!l.TryGetFirstWordIds(out _, out int maxId)) { _open = true; continue; }
            _maxId = Math.Max(_maxId, maxId);
        }
        _any = new ulong[(_maxId >> 6) + 1];
        if (_open) return;
        foreach (var l in lexicons)
        {
            l.TryGetFirstWordIds(out var bits, out _);
            for (int w = 0; w < bits.Length; w++) _any[w] |= bits[w];
        }
    }

    /// <summary>
    /// The gate for exactly these lexicon objects: <paramref name="cache"/> when it was built for them, else a new one
    /// (stored in <paramref name="cache"/>; a race only builds one twice).
    /// </summary>
    public static LexiconGate For(ref LexiconGate? cache, params ReadOnlySpan<Lexicon> lexicons)
    {
        var gate = Volatile.Read(ref cache);
        if (gate is not null && gate.IsFor(lexicons)) return gate;
        gate = new LexiconGate(lexicons);
        Volatile.Write(ref cache, gate);
        return gate;
    }

    private bool IsFor(ReadOnlySpan<Lexicon> lexicons)
    {
        if (lexicons.Length != _lexicons.Length) return false;
        for (int i = 0; i < lexicons.Length; i++) if (!ReferenceEquals(lexicons[i], _lexicons[i])) return false;
        return true;
    }

    /// <summary>
    /// The gate bound to one document's word IDs, for a loop over its tokens: <see cref="Probe.May"/> is
    /// <see cref="MayMatchAt"/> with the document's arrays held in locals (no property reads per token).
    /// </summary>
    public Probe For(ProseDocument doc) => Probe.Over(doc, _open, _any, _maxId);

    /// <summary>See <see cref="For(ProseDocument)"/>.</summary>
    public readonly ref struct Probe
    {
        private readonly ReadOnlySpan<int> _ids;
        private readonly ReadOnlySpan<ulong> _any;
        private readonly int _maxId;
        private readonly bool _open;

        private Probe(ReadOnlySpan<int> ids, ReadOnlySpan<ulong> any, int maxId, bool open)
        {
            _ids = ids; _any = any; _maxId = maxId; _open = open;
        }

        /// <summary>
        /// A probe over <paramref name="doc"/> for first words with IDs 1..<paramref name="maxId"/> marked in
        /// <paramref name="any"/>; <paramref name="open"/> lets every token through (a list that cannot be matched by ID).
        /// </summary>
        internal static Probe Over(ProseDocument doc, bool open, ulong[]? any, int maxId) =>
            open ? new Probe(default, default, 0, open: true)
            : maxId == 0 ? new Probe(default, default, 0, open: false)
            : new Probe(doc.WordIdsCovering(maxId), any, maxId, open: false);

        /// <summary>False when no entry of the gate's lexicons starts with the word at significant token <paramref name="token"/>.</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public bool May(int token)
        {
            if (_open) return true;
            if ((uint)token >= (uint)_ids.Length) return false;
            int id = _ids[token];
            return (uint)(id - 1) < (uint)_maxId && (_any[id >> 6] & (1UL << (id & 63))) != 0;
        }
    }

    /// <summary>False when no entry (word or phrase) of any of the lexicons starts with the token's word.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool MayMatchAt(ProseDocument doc, int token)
    {
        if (_open) return true;
        if ((uint)token >= (uint)doc.Tokens.Length || _maxId == 0) return false;
        int id = doc.WordIdsCovering(_maxId)[token];
        return id != 0 && id <= _maxId && (_any[id >> 6] & (1UL << (id & 63))) != 0;
    }
}
