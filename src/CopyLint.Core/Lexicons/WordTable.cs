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
    internal sealed class Snapshot
    {
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _lookup;

        public Snapshot(Dictionary<string, int> ids)
        {
            Ids = ids;
            _lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
            Filter = new WordShapeFilter(ids.Keys);
        }

        internal Dictionary<string, int> Ids { get; }

        /// <summary>Rejects most tokens before the case-insensitive hash.</summary>
        private WordShapeFilter Filter { get; }

        public int Count => Ids.Count;

        /// <summary>The word's ID, or 0 when no lexicon has it (yet).</summary>
        public int IdOf(ReadOnlySpan<char> word) =>
            Filter.MayContain(word) && _lookup.TryGetValue(word, out int id) ? id : 0;
    }
}
