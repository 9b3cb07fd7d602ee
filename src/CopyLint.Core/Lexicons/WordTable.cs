namespace CopyLint.Core.Lexicons;

/// <summary>
/// The process-wide, append-only table of case-folded word identities. Every <see cref="Lexicon"/> interns its words
/// (and phrase parts) when it is built; a document looks each of its tokens up once (<see cref="Syntax.ProseDocument"/>
/// keeps the IDs), and lexicon matching then compares integers instead of hashing the same token again for every rule.
/// </summary>
/// <remarks>
/// Two words get the same ID exactly when they are equal under <see cref="StringComparison.OrdinalIgnoreCase"/> (the
/// comparison every word list uses); 0 means "in no lexicon". IDs never change once given, so IDs computed against an
/// older snapshot stay right for every word that snapshot held: a lexicon whose largest ID is at most a snapshot's
/// <see cref="Snapshot.Count"/> can trust IDs computed against it. Snapshots are immutable (copy on write, under a
/// lock, once per lexicon built), so readers never lock.
/// </remarks>
internal static class WordTable
{
    /// <summary>Beyond this many words the table stops growing, and lexicons built later use string lookups.</summary>
    internal const int MaxWords = 1 << 20;

    private static readonly Lock Gate = new();
    private static volatile Snapshot _current = new(new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase));

    public static Snapshot Current => _current;

    /// <summary>
    /// IDs for <paramref name="words"/> (same order), adding the new ones; null when the table is full (the caller then
    /// matches by string).
    /// </summary>
    public static int[]? Intern(IReadOnlyList<string> words)
    {
        var ids = new int[words.Count];
        var snapshot = _current;
        bool missing = false;
        for (int i = 0; i < words.Count && !missing; i++) missing = (ids[i] = snapshot.IdOf(words[i])) == 0;
        if (!missing) return ids;
        lock (Gate)
        {
            snapshot = _current;
            Dictionary<string, int>? grown = null;
            for (int i = 0; i < words.Count; i++)
            {
                var w = words[i];
                if (w.Length == 0) return null;
                int id = grown is null ? snapshot.IdOf(w) : grown.GetValueOrDefault(w);
                if (id == 0)
                {
                    grown ??= new Dictionary<string, int>(snapshot.Ids, StringComparer.OrdinalIgnoreCase);
                    if (grown.Count >= MaxWords) return null;
                    grown[w] = id = grown.Count + 1;
                }
                ids[i] = id;
            }
            if (grown is not null) _current = new Snapshot(grown);
            return ids;
        }
    }

    /// <summary>An immutable state of the table: words 1..<see cref="Count"/>.</summary>
    /// <remarks>
    /// A token is looked up once per document, so this is the hot path: ASCII tokens (nearly all of them) go through an
    /// open-addressing table of ASCII-folded keys, hashed while folding, with no call through a comparer. For ASCII
    /// strings, ASCII folding is exactly <see cref="StringComparison.OrdinalIgnoreCase"/>. Any token with a non-ASCII
    /// character, and every token when some key has a non-ASCII character that folds to ASCII (U+0131 dotless i,
    /// U+017F long s, U+212A Kelvin sign …), is looked up in the ordinal-ignore-case dictionary instead.
    /// </remarks>
    internal sealed class Snapshot
    {
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;
        private readonly int[] _slots;     // word ID or 0 (empty)
        private readonly string?[] _keys;  // by ID: the ASCII-folded word, or null for a non-ASCII word
        private readonly bool _asciiNeedsDictionary;

        public Snapshot(Dictionary<string, int> ids)
        {
            Ids = ids;
            _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
            int size = 16;
            while (size < ids.Count * 4) size <<= 1;
            _slots = new int[size];
            _keys = new string?[ids.Count + 1];
            foreach (var (word, id) in ids)
            {
                if (!IsAscii(word))
                {
                    foreach (char c in word)
                        if (c >= 128 && (char.ToUpperInvariant(c) < 128 || char.ToLowerInvariant(c) < 128)) _asciiNeedsDictionary = true;
                    continue;
                }
                var key = string.Create(word.Length, word, static (span, w) => { for (int i = 0; i < w.Length; i++) span[i] = Fold(w[i]); });
                _keys[id] = key;
                int slot = (int)Hash(key) & (size - 1);
                while (_slots[slot] != 0) slot = (slot + 1) & (size - 1);
                _slots[slot] = id;
            }
        }

        internal Dictionary<string, int> Ids { get; }

        public int Count => Ids.Count;

        /// <summary>The word's ID, or 0 when no lexicon has it (yet).</summary>
        public int IdOf(ReadOnlySpan<char> word)
        {
            if (word.IsEmpty) return 0;
            if (_asciiNeedsDictionary) return _lookup.TryGetValue(word, out int found) ? found : 0;
            uint h = 2166136261;
            foreach (char c in word)
            {
                if (c >= 128) return _lookup.TryGetValue(word, out int found) ? found : 0;
                h = (h ^ Fold(c)) * 16777619;
            }
            int mask = _slots.Length - 1;
            for (int slot = (int)h & mask; ; slot = (slot + 1) & mask)
            {
                int id = _slots[slot];
                if (id == 0) return 0;
                var key = _keys[id]!;
                if (key.Length == word.Length && FoldedEquals(word, key)) return id;
            }
        }

        private static bool FoldedEquals(ReadOnlySpan<char> word, string folded)
        {
            for (int i = 0; i < word.Length; i++) if (Fold(word[i]) != folded[i]) return false;
            return true;
        }

        private static uint Hash(string folded)
        {
            uint h = 2166136261;
            foreach (char c in folded) h = (h ^ c) * 16777619;
            return h;
        }

        private static char Fold(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

        private static bool IsAscii(string s)
        {
            foreach (char c in s) if (c >= 128) return false;
            return true;
        }
    }
}
