using CopyLint.Core.Syntax;

namespace CopyLint.Core.Lexicons;

/// <summary>
/// A case-insensitive word list: single words in a hash set, phrases indexed by their first word.
/// Built once; lookups take spans, so matching allocates nothing.
/// </summary>
public sealed class Lexicon
{
    private readonly HashSet<string> _words;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordLookup;
    private readonly Dictionary<string, List<string[]>> _phrases;
    private readonly Dictionary<string, List<string[]>>.AlternateLookup<ReadOnlySpan<char>> _phraseLookup;

    public Lexicon(string name, IEnumerable<string> entries)
    {
        Name = name;
        _words = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        _phrases = new Dictionary<string, List<string[]>>(StringComparer.OrdinalIgnoreCase);
        var all = new List<string>();
        foreach (var raw in entries)
        {
            var entry = raw.Trim();
            if (entry.Length == 0) continue;
            all.Add(entry);
            var parts = Split(entry);
            if (parts.Length == 1) _words.Add(parts[0]);
            else
            {
                if (!_phrases.TryGetValue(parts[0], out var list)) _phrases[parts[0]] = list = [];
                list.Add(parts);
            }
        }
        foreach (var list in _phrases.Values) list.Sort((a, b) => b.Length.CompareTo(a.Length));
        foreach (var w in _words) _filter.Add(w);
        foreach (var w in _phrases.Keys) _filter.Add(w);
        Entries = all;
        _wordLookup = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _phraseLookup = _phrases.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    // The same entries by WordTable ID (null when the table is full): matching a document's token is then a bit test.
    // Built on first use: a short run builds many lists (evidence finders ask for them up front) but matches few of them.
    private IdIndex? _byIdOrNull; // null: not built yet; NoIndex: the word table is full, match by string

    private static readonly IdIndex NoIndex = new();

    /// <summary>The ID index, or null when the list must be matched by string.</summary>
    private IdIndex? ById
    {
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        get
        {
            var index = Volatile.Read(ref _byIdOrNull) ?? BuildIdIndex();
            return ReferenceEquals(index, NoIndex) ? null : index;
        }
    }

    private IdIndex BuildIdIndex()
    {
        var index = IdIndex.Build(_words, _phrases) ?? NoIndex; // a race builds it twice, with the same IDs
        Volatile.Write(ref _byIdOrNull, index);
        return index;
    }

    /// <summary>Single words and phrases as word IDs: a token matches exactly when its ID does.</summary>
    private sealed class IdIndex
    {
        public int MaxId;
        public ulong[] Words = [];
        public ulong[] PhraseStarts = [];
        public ulong[] Any = []; // Words | PhraseStarts
        public Dictionary<int, int[][]> Phrases = [];

        public static IdIndex? Build(HashSet<string> words, Dictionary<string, List<string[]>> phrases)
        {
            var all = new List<string>(words);
            foreach (var list in phrases.Values) foreach (var p in list) all.AddRange(p);
            var ids = WordTable.Intern(all);
            if (ids is null) return null;
            var index = new IdIndex { MaxId = ids.Length == 0 ? 0 : ids.Max() };
            index.Words = new ulong[(index.MaxId >> 6) + 1];
            index.PhraseStarts = new ulong[(index.MaxId >> 6) + 1];
            int k = 0;
            for (; k < words.Count; k++) Set(index.Words, ids[k]);
            foreach (var list in phrases.Values)
            {
                var byId = new int[list.Count][];
                for (int p = 0; p < list.Count; p++)
                {
                    byId[p] = ids.AsSpan(k, list[p].Length).ToArray();
                    k += list[p].Length;
                }
                Set(index.PhraseStarts, byId[0][0]);
                index.Phrases[byId[0][0]] = byId;
            }
            index.Any = new ulong[index.Words.Length];
            for (int w = 0; w < index.Any.Length; w++) index.Any[w] = index.Words[w] | index.PhraseStarts[w];
            return index;
        }

        private static void Set(ulong[] bits, int id) => bits[id >> 6] |= 1UL << (id & 63);
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        public static bool Has(ulong[] bits, int id) => (bits[id >> 6] & (1UL << (id & 63))) != 0;
    }

    // Most tokens of a sentence fail the shape filter, so the case-insensitive hash lookups run only for plausible candidates.
    private readonly WordShapeFilter _filter = new();

    public static readonly Lexicon Empty = new("empty", []);

    public string Name { get; }
    public IReadOnlyList<string> Entries { get; }
    public int Count => Entries.Count;

    /// <summary>Split an entry into token-like parts: words, and punctuation as separate parts ("U.S." stays one part).</summary>
    internal static string[] Split(string entry)
    {
        // Most entries are one plain word: kept whole, without splitting (thousands of entries are read at start-up).
        if (entry.Length > 0 && (char.IsLetterOrDigit(entry[0]) || entry[0] == '$') && !IsSplitTail(entry[^1]) && !entry.Contains(' ')) return [entry];
        var parts = new List<string>();
        foreach (var w in entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            // Most words neither start nor end with punctuation: the loops below would keep them whole.
            if ((char.IsLetterOrDigit(w[0]) || w[0] == '$') && !IsSplitTail(w[^1])) { parts.Add(w); continue; }
            int a = 0, b = w.Length;
            var tail = new List<string>();
            while (a < b && !char.IsLetterOrDigit(w[a]) && w[a] is not '$') { parts.Add(w[a].ToString()); a++; }
            while (b > a && (w[b - 1] is ',' or ':' or ';' or '\u201D' or '\u201C' or '"' or ')' or '(' || (w[b - 1] == '.' && b - 1 > a && !w[a..(b - 1)].Contains('.')))) { tail.Insert(0, w[b - 1].ToString()); b--; }
            if (b > a) parts.Add(w[a..b]);
            parts.AddRange(tail);
        }
        return parts.ToArray();
    }

    /// <summary>A last character that the trailing loop of <see cref="Split"/> may split off ('.' only in some words).</summary>
    private static bool IsSplitTail(char c) => c is ',' or ':' or ';' or '\u201D' or '\u201C' or '"' or ')' or '(' or '.';

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool Contains(ReadOnlySpan<char> word) => _filter.MayContain(word) && _wordLookup.Contains(word);

    /// <summary>The word or one of its crude lemmas (<see cref="Lemmatizer"/>) is a single-word entry.</summary>
    public bool ContainsLemmaOf(ReadOnlySpan<char> word)
    {
        if (word.Length == 0) return false;
        if (_filter.MayContain(word) && _wordLookup.Contains(word)) return true;
        // every lemma candidate (irregular ones included) keeps the word's first letter
        if (!_filter.MayStartLike(word)) return false;
        return Lemmatizer.AnyCandidate(word, this, static (lexicon, candidate) => lexicon._filter.MayContain(candidate) && lexicon._wordLookup.Contains(candidate));
    }
    public bool Contains(string word) => _words.Contains(word);

    /// <summary>
    /// <see cref="ContainsLemmaOf(ReadOnlySpan{char})"/> for significant token <paramref name="token"/>. The answer for an
    /// ASCII word with a word ID is kept by ID for every later document: such words are the same word exactly when their
    /// IDs are (ASCII case folding), and each answer costs up to six lemma lookups. Other words are answered afresh.
    /// </summary>
    public bool ContainsLemmaOf(ProseDocument doc, int token)
    {
        var word = doc.TokenText(token);
        int id = doc.WordIdsCovering(0)[token];
        if (id == 0 || !System.Text.Ascii.IsValid(word)) return ContainsLemmaOf(word);
        var known = Volatile.Read(ref _lemmaById);
        if (id < known.Length && known[id] != 0) return known[id] == 2;
        bool answer = ContainsLemmaOf(word);
        if (id >= known.Length)
        {
            // Grown to cover every ID the table has now; a race may drop an answer or two, which are then asked again.
            var grown = new byte[Math.Max(id + 1, WordTable.Current.Count + 1)];
            known.CopyTo(grown, 0);
            known = grown;
            Volatile.Write(ref _lemmaById, known);
        }
        known[id] = answer ? (byte)2 : (byte)1; // racing writers store the same answer
        return answer;
    }

    private byte[] _lemmaById = []; // by word ID: 0 not asked yet, 1 no, 2 the word or one of its lemmas is an entry

    /// <summary>The IDs of every entry's first word (a bit set), when this list can be matched by word ID.</summary>
    internal bool TryGetFirstWordIds(out ulong[] bits, out int maxId)
    {
        var index = ById;
        bits = index?.Any ?? [];
        maxId = index?.MaxId ?? 0;
        return index is not null;
    }

    /// <summary>
    /// This list as a gate of its own over one document (see <see cref="LexiconGate.For(ProseDocument)"/>): false where no
    /// entry starts with the token's word, so a scan tries <see cref="MatchAt"/> only where it can match.
    /// </summary>
    public LexiconGate.Probe ProbeFor(ProseDocument doc)
    {
        var index = ById;
        return LexiconGate.Probe.Over(doc, open: index is null, index?.Any, index?.MaxId ?? 0);
    }

    /// <summary>The significant token <paramref name="token"/> of <paramref name="doc"/> is a single-word entry.</summary>
    public bool Contains(ProseDocument doc, int token)
    {
        if ((uint)token >= (uint)doc.Tokens.Length) return false;
        var index = ById;
        if (index is null) return ContainsByText(doc, token);
        if (index.MaxId == 0) return false;
        int id = doc.WordIdsCovering(index.MaxId)[token];
        return id != 0 && id <= index.MaxId && IdIndex.Has(index.Words, id);
    }

    /// <summary>Length in tokens of the longest entry matching at <paramref name="token"/> (0 if none). Phrases must not cross <paramref name="end"/>.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public int MatchAt(ProseDocument doc, int token, int end)
    {
        if ((uint)token >= (uint)doc.Tokens.Length || token >= end) return 0;
        return ById is { } index ? MatchById(index, doc, token, end) : MatchAtByText(doc, token, end);
    }

    /// <summary><see cref="Contains(ProseDocument, int)"/> by the token's text (the fallback, and the reference in tests).</summary>
    internal bool ContainsByText(ProseDocument doc, int token) => Contains(doc.TokenText(token));

    /// <summary><see cref="MatchAt"/> by the tokens' text (the fallback, and the reference in tests).</summary>
    internal int MatchAtByText(ProseDocument doc, int token, int end)
    {
        if ((uint)token >= (uint)doc.Tokens.Length || token >= end) return 0;
        var first = doc.TokenText(token);
        if (!_filter.MayContain(first)) return 0;
        if (_phraseLookup.TryGetValue(first, out var list))
        {
            foreach (var phrase in list)
            {
                if (token + phrase.Length > end) continue;
                bool ok = true;
                for (int k = 1; k < phrase.Length && ok; k++)
                    ok = doc.TokenText(token + k).Equals(phrase[k], StringComparison.OrdinalIgnoreCase);
                if (ok) return phrase.Length;
            }
        }
        return _wordLookup.Contains(first) ? 1 : 0;
    }

    private static int MatchById(IdIndex index, ProseDocument doc, int token, int end)
    {
        if (index.MaxId == 0) return 0;
        var ids = doc.WordIdsCovering(index.MaxId);
        int id = ids[token];
        if (id == 0 || id > index.MaxId || !IdIndex.Has(index.Any, id)) return 0;
        if (IdIndex.Has(index.PhraseStarts, id))
        {
            foreach (var phrase in index.Phrases[id])
            {
                if (token + phrase.Length > end) continue;
                bool ok = true;
                for (int k = 1; k < phrase.Length && ok; k++) ok = ids[token + k] == phrase[k];
                if (ok) return phrase.Length;
            }
        }
        return IdIndex.Has(index.Words, id) ? 1 : 0;
    }

    /// <summary>First match in [start, end): (token index, length) or (-1, 0).</summary>
    public (int Token, int Length) FindIn(ProseDocument doc, int start, int end)
    {
        var probe = ProbeFor(doc); // a bit test skips the tokens no entry starts with
        for (int i = start; i < end; i++)
        {
            if (!probe.May(i)) continue;
            int len = MatchAt(doc, i, end);
            if (len > 0) return (i, len);
        }
        return (-1, 0);
    }

    /// <summary>
    /// Some entry starts at a word token in [start, end) and ends by <paramref name="end"/>; with
    /// <paramref name="skipQuoted"/>, only outside quotations (the writer's own words).
    /// </summary>
    public bool OccursIn(ProseDocument doc, int start, int end, bool skipQuoted)
    {
        var probe = ProbeFor(doc); // a bit test skips the tokens no entry starts with
        var t = doc.Tokens;
        for (int i = start; i < end; i++)
        {
            if (!probe.May(i) || t[i].Kind != SyntaxKind.Word || (skipQuoted && t[i].Is(TokenFlags.InQuote))) continue;
            if (MatchAt(doc, i, end) > 0) return true;
        }
        return false;
    }

    public Lexicon With(IEnumerable<string> add, IEnumerable<string> remove)
    {
        var removed = new HashSet<string>(remove.Select(r => r.Trim()), StringComparer.OrdinalIgnoreCase);
        return new Lexicon(Name, Entries.Where(e => !removed.Contains(e)).Concat(add));
    }
}
