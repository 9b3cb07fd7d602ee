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
    internal const int MaxWords = (1 << 20) - 1; // an ID fits the 20 low bits of a table slot

    private static readonly Lock Gate = new();

    // Every word ever interned, ignoring case. Read and written only under the gate: interning, and the rare token that
    // the snapshot's own tables cannot decide (see Snapshot.IdOf).
    private static readonly Dictionary<string, int> All = new(8192, StringComparer.OrdinalIgnoreCase);
    private static readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> AllLookup = All.GetAlternateLookup<ReadOnlySpan<char>>();

    private static volatile Snapshot _current = Snapshot.Empty;

    public static Snapshot Current => _current;

    /// <summary>
    /// IDs for <paramref name="words"/> (same order), adding the new ones; null when the table is full or a word is empty
    /// (the caller then matches by string).
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
            var added = new List<(string Word, int Id)>();
            for (int i = 0; i < words.Count; i++)
            {
                var w = words[i];
                if (w.Length == 0) return null;
                if (!All.TryGetValue(w, out int id))
                {
                    if (All.Count >= MaxWords) return null;
                    id = All.Count + 1;
                    All[w] = id;
                    added.Add((w, id));
                }
                ids[i] = id;
            }
            if (added.Count > 0) _current = _current.With(added, All.Count);
            return ids;
        }
    }

    /// <summary>Look a word up in every word interned so far (exact, but takes the gate).</summary>
    internal static int LookUpAll(ReadOnlySpan<char> word)
    {
        lock (Gate) return AllLookup.TryGetValue(word, out int id) ? id : 0;
    }

    /// <summary>An immutable state of the table: words 1..<see cref="Count"/>.</summary>
    /// <remarks>
    /// A token is looked up once per document, so this is the hot path: ASCII tokens (nearly all of them) go through an
    /// open-addressing table of ASCII-folded keys, hashed while folding, with no call through a comparer. For ASCII
    /// strings, ASCII folding is exactly <see cref="StringComparison.OrdinalIgnoreCase"/>. A token with a non-ASCII
    /// character is looked up in the ordinal-ignore-case dictionary of all words; so is an ASCII token the table does not
    /// have, once some word has a non-ASCII character that folds to ASCII (U+0131 dotless i, U+017F long s …). A new
    /// snapshot copies the arrays of the last one and adds the new words (rehashing only when the table grows).
    /// </remarks>
    internal sealed class Snapshot
    {
        // 16,384 slots: the shipped lists intern ~2,600 words, so a lookup of a word no list has (half the tokens) meets an
        // empty slot at once more often than at 8,192 (whole run -0.6% instructions); the slots are still 64 KB.
        public static readonly Snapshot Empty = new(new Table(1 << 14), null, 0, false);

        private readonly Table _table;
        private readonly Dictionary<string, int>? _nonAscii; // the words with a non-ASCII character (immutable)
        private readonly bool _asciiNeedsDictionary;

        private Snapshot(Table table, Dictionary<string, int>? nonAscii, int count, bool asciiNeedsDictionary)
        {
            _table = table; _nonAscii = nonAscii; Count = count; _asciiNeedsDictionary = asciiNeedsDictionary;
        }

        /// <summary>Words 1..Count are in this snapshot (a lookup may also find newer ones: their IDs are right too).</summary>
        public int Count { get; }

        /// <summary>
        /// This snapshot plus <paramref name="added"/> (IDs Count+1 …, in order). Called under the gate: the ASCII table is
        /// shared by the snapshots and only appended to (a slot is published after its key), and replaced by a copy
        /// twice its size when it would be more than half full.
        /// </summary>
        internal Snapshot With(List<(string Word, int Id)> added, int count)
        {
            var table = _table;
            if (count * 2 > table.Slots.Length) table = table.Grow(count);
            bool asciiNeedsDictionary = _asciiNeedsDictionary;
            var nonAscii = _nonAscii;
            foreach (var (word, id) in added)
            {
                if (IsAscii(word)) table.Add(id, string.Create(word.Length, word, static (span, w) => { for (int i = 0; i < w.Length; i++) span[i] = Fold(w[i]); }));
                else
                {
                    if (ReferenceEquals(nonAscii, _nonAscii)) nonAscii = _nonAscii is null ? new(StringComparer.OrdinalIgnoreCase) : new(_nonAscii, StringComparer.OrdinalIgnoreCase);
                    nonAscii![word] = id;
                    asciiNeedsDictionary |= HasCharFoldingToAscii(word);
                }
            }
            return new Snapshot(table, nonAscii, count, asciiNeedsDictionary);
        }

        /// <summary>
        /// Open addressing over ASCII-folded keys, kept small enough to stay in the core's nearest caches (the lookup was
        /// bound by the memory load of its slot): a slot is 32 bits, the hash's top 12 bits over the ID (20 bits; 0
        /// empty), at most half full. A tag match is confirmed against the key: for a key of at most 7 characters (most
        /// words) its characters and length packed in one number by ID, else the key string.
        /// </summary>
        private sealed class Table(int size)
        {
            public readonly uint[] Slots = new uint[size];
            public readonly string?[] Keys = new string?[size / 2 + 1];
            public readonly ulong[] Packed = new ulong[size / 2 + 1];

            public void Add(int id, string folded)
            {
                uint h = Hash(folded);
                int mask = Slots.Length - 1, slot = (int)h & mask;
                while (Slots[slot] != 0) slot = (slot + 1) & mask;
                Keys[id] = folded;
                Packed[id] = Pack(folded);
                Volatile.Write(ref Slots[slot], (h & TagMask) | (uint)id); // readers see the key once they see the slot
            }

            public Table Grow(int count)
            {
                int size = Slots.Length;
                while (count * 2 > size) size <<= 1;
                var grown = new Table(size);
                for (int id = 1; id < Keys.Length; id++) if (Keys[id] is { } key) grown.Add(id, key);
                return grown;
            }
        }

        private const uint TagMask = 0xFFF00000, IdMask = 0x000FFFFF;
        private const uint FnvSeed = 2166136261, FnvPrime = 16777619; // FNV-1a over the ASCII-folded characters of keys longer than MaxPacked
        private const int MaxPacked = 7;

        /// <summary>Up to 7 ASCII characters one byte each, and the length in the top byte; 0 for a longer key.</summary>
        private static ulong Pack(string folded)
        {
            if (folded.Length > MaxPacked) return 0;
            ulong packed = (ulong)folded.Length << 56;
            for (int i = 0; i < folded.Length; i++) packed |= (ulong)(byte)folded[i] << (8 * i);
            return packed;
        }

        /// <summary>The word's ID, or 0 when no lexicon has it (yet).</summary>
        public int IdOf(ReadOnlySpan<char> word)
        {
            if (word.IsEmpty) return 0;
            var table = _table;
            var slots = table.Slots;
            int mask = slots.Length - 1;
            if (word.Length <= MaxPacked)
            {
                // Most words: the folded characters packed in one number, which is both the key and (mixed) the hash.
                ulong packed = (ulong)word.Length << 56;
                for (int i = 0; i < word.Length; i++)
                {
                    char c = word[i];
                    if (c >= 128) return IdOfNonAscii(word);
                    packed |= (ulong)(byte)Fold(c) << (8 * i);
                }
                uint hs = Mix(packed), tagShort = hs & TagMask;
                for (int slot = (int)hs & mask; ; slot = (slot + 1) & mask)
                {
                    uint entry = Volatile.Read(ref slots[slot]);
                    if (entry == 0) return _asciiNeedsDictionary ? LookUpAll(word) : 0;
                    if ((entry & TagMask) == tagShort && table.Packed[(int)(entry & IdMask)] == packed) return (int)(entry & IdMask);
                }
            }
            uint h = FnvSeed;
            for (int i = 0; i < word.Length; i++)
            {
                char c = word[i];
                if (c >= 128) return IdOfNonAscii(word);
                h = (h ^ Fold(c)) * FnvPrime;
            }
            uint tag = h & TagMask;
            for (int slot = (int)h & mask; ; slot = (slot + 1) & mask)
            {
                uint entry = Volatile.Read(ref slots[slot]);
                if (entry == 0) return _asciiNeedsDictionary ? LookUpAll(word) : 0;
                if ((entry & TagMask) != tag) continue;
                int id = (int)(entry & IdMask);
                if (table.Keys[id] is { } key && key.Length == word.Length && FoldedEquals(word, key)) return id;
            }
        }

        /// <summary>
        /// A token with a non-ASCII character equals (ignoring case) only words with one too, unless one of its characters
        /// folds to ASCII ("ſ", "\u212A" …): those few ask the dictionary of all words.
        /// </summary>
        private int IdOfNonAscii(ReadOnlySpan<char> word)
        {
            if (HasCharFoldingToAscii(word)) return LookUpAll(word);
            return _nonAscii is { } d && d.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out int id) ? id : 0;
        }

        private static bool HasCharFoldingToAscii(ReadOnlySpan<char> word)
        {
            foreach (char c in word)
                if (c >= 128 && (char.ToUpperInvariant(c) < 128 || char.ToLowerInvariant(c) < 128)) return true;
            return false;
        }

        private static bool FoldedEquals(ReadOnlySpan<char> word, string folded)
        {
            for (int i = 0; i < word.Length; i++) if (Fold(word[i]) != folded[i]) return false;
            return true;
        }

        /// <summary>A short key's hash mixes its packed form (one multiply, no chain of them); a longer key's is FNV-1a.</summary>
        private static uint Hash(string folded)
        {
            if (folded.Length <= MaxPacked) return Mix(Pack(folded));
            uint h = FnvSeed;
            foreach (char c in folded) h = (h ^ c) * FnvPrime;
            return h;
        }

        // Fibonacci hashing: the high half of the product spreads every byte of the key over the tag and the slot bits.
        private static uint Mix(ulong packed) => (uint)((packed * 0x9E3779B97F4A7C15UL) >> 32);

        private static char Fold(char c) => (uint)(c - 'A') <= 'Z' - 'A' ? (char)(c | 0x20) : c;

        private static bool IsAscii(string s)
        {
            foreach (char c in s) if (c >= 128) return false;
            return true;
        }
    }
}
