using CopyLint.Core.Text;

namespace CopyLint.Core.Syntax;

/// <summary>
/// The root of the prose tree. Spans index the original <see cref="Text"/>; <see cref="Prose"/> has the same
/// length with markup and masked spans (URLs, e-mails, handles, comments) blanked, so offsets never shift.
/// </summary>
public sealed class ProseDocument
{
    internal ProseDocument(SourceText text, DocumentKind kind, string prose, List<(TextSpan Span, bool Masked)> hidden)
    {
        Text = text; Kind = kind; Prose = prose; _hidden = hidden;
    }

    private readonly List<(TextSpan Span, bool Masked)> _hidden;
    private SyntaxToken[]? _allTokens;

    public SourceText Text { get; }
    public DocumentKind Kind { get; }
    public string Prose { get; }

    /// <summary>Every token and trivia, in order, covering the whole input exactly once.</summary>
    /// <remarks>Built on first use from the prose and the hidden ranges: analysis needs only <see cref="Tokens"/>.</remarks>
    public IReadOnlyList<SyntaxToken> AllTokens => _allTokens ??= Parsing.Tokenizer.All(Prose, _hidden);
    /// <summary>Words, numbers and punctuation only.</summary>
    public SyntaxToken[] Tokens { get; internal set; } = [];

    public NodeList<ParagraphNode> Paragraphs { get; internal set; } = NodeList<ParagraphNode>.Empty;
    public NodeList<SentenceNode> Sentences { get; internal set; } = NodeList<SentenceNode>.Empty;
    public NodeList<QuoteNode> Quotes { get; internal set; } = NodeList<QuoteNode>.Empty;
    public NodeList<NumberNode> Numbers { get; internal set; } = NodeList<NumberNode>.Empty;
    public FrontMatterNode? FrontMatter { get; internal set; }
    public IReadOnlyList<AuthorEvidence> Authors { get; internal set; } = [];
    public IReadOnlyList<Directive> Directives { get; internal set; } = [];
    /// <summary>Byline, name/role, credit and trailer lines found among the first 5 and last 3 non-empty lines.</summary>
    public IReadOnlyList<BylineLine> Bylines { get; internal set; } = [];
    /// <summary>The span of the document's headline (first heading or short first line), if any.</summary>
    public TextSpan? Headline { get; internal set; }

    public int WordCount { get; internal set; }

    /// <summary>
    /// The paragraph reads as English: Latin script and, from a dozen words on, at least one word in ten a common English
    /// function word. Computed once per paragraph.
    /// </summary>
    public bool IsEnglish(ParagraphNode paragraph) => paragraph.IsEnglish(this);

    // Case-folded word identities of the significant tokens (see Lexicons.WordTable), computed on first use against the
    // table as it then was, and again only when a lexicon built since needs newer IDs.
    private WordIdCache? _wordIds;

    private sealed class WordIdCache(int generation, int[] ids)
    {
        public readonly int Generation = generation;
        public readonly int[] Ids = ids;
    }

    /// <summary>
    /// The <see cref="Lexicons.WordTable"/> ID of every significant token (0 for a word no lexicon has), valid for every
    /// word whose ID is at most <paramref name="maxId"/>.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal int[] WordIdsCovering(int maxId)
    {
        var cache = _wordIds;
        return cache is not null && cache.Generation >= maxId ? cache.Ids : ComputeWordIds();
    }

    private int[] ComputeWordIds()
    {
        var table = Lexicons.WordTable.Current;
        var tokens = Tokens;
        var ids = new int[tokens.Length];
        var prose = Prose.AsSpan();
        for (int i = 0; i < tokens.Length; i++) ids[i] = table.IdOf(prose.Slice(tokens[i].Span.Start, tokens[i].Span.Length));
        _wordIds = new WordIdCache(table.Count, ids);
        return ids;
    }

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<char> TokenText(int index) => Prose.AsSpan(Tokens[index].Span.Start, Tokens[index].Span.Length);
    public string TokenString(int index) => Prose.Substring(Tokens[index].Span.Start, Tokens[index].Span.Length);
    public ReadOnlySpan<char> SpanText(TextSpan span) => Prose.AsSpan(span.Start, span.Length);

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public bool TokenIs(int index, string word) =>
        (uint)index < (uint)Tokens.Length && EqualsIgnoreCase(TokenText(index), word);

    /// <summary>
    /// <paramref name="text"/> equals <paramref name="word"/> under <see cref="StringComparison.OrdinalIgnoreCase"/>. Most
    /// tokens differ in length or (ASCII) first letter, which is decided here without calling the full comparison.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public static bool EqualsIgnoreCase(ReadOnlySpan<char> text, string word)
    {
        if (text.Length != word.Length) return false;
        if (text.Length == 0) return true;
        char a = text[0], b = word[0];
        // Only an ASCII pair can be decided by folding: a non-ASCII character may equal an ASCII one ignoring case.
        if (a < 128 && b < 128 && (a | 0x20) != (b | 0x20)) return false;
        return text.Equals(word, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The index of the sentence holding significant token <paramref name="tokenIndex"/>, or -1 (a dateline, or out of
    /// range). Sentences are sorted and disjoint: a binary search, asked per quotation or match rather than per token, so
    /// no per-token array is kept (it was 4 bytes a token on every document).
    /// </summary>
    public int SentenceOfToken(int tokenIndex)
    {
        if ((uint)tokenIndex >= (uint)Tokens.Length) return -1;
        var sentences = Sentences;
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].FirstToken <= tokenIndex) lo = mid + 1; else hi = mid;
        }
        // lo - 1 is the last sentence starting at or before the token
        return lo > 0 && tokenIndex < sentences[lo - 1].EndToken ? lo - 1 : -1;
    }

    /// <summary>Index of the first significant token that starts at or after <paramref name="offset"/>.</summary>
    public int TokenAtOrAfter(int offset)
    {
        int lo = 0, hi = Tokens.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Tokens[mid].Span.Start < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }

    /// <summary>Index in <see cref="Numbers"/> of the first number of a sentence, or -1 (numbers are sorted by sentence).</summary>
    public int FirstNumberOfSentence(int sentence)
    {
        int lo = 0, hi = Numbers.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Numbers[mid].Sentence < sentence) lo = mid + 1; else hi = mid;
        }
        return lo < Numbers.Count && Numbers[lo].Sentence == sentence ? lo : -1;
    }

    /// <summary>
    /// The indexes [Start, End) in <see cref="Numbers"/> of one sentence's numbers (empty when it has none): a loop over
    /// them allocates nothing.
    /// </summary>
    public (int Start, int End) NumberRangeOfSentence(int sentence)
    {
        int first = FirstNumberOfSentence(sentence);
        if (first < 0) return (0, 0);
        int end = first;
        while (end < Numbers.Count && Numbers[end].Sentence == sentence) end++;
        return (first, end);
    }

    /// <summary>The numbers of one sentence, in order.</summary>
    public IEnumerable<NumberNode> NumbersInSentence(int sentence)
    {
        var (start, end) = NumberRangeOfSentence(sentence);
        for (int k = start; k < end; k++) yield return Numbers[k];
    }

    /// <summary>The quotations of one paragraph, in order (quotes are sorted, so this is a binary search and a short walk).</summary>
    public IEnumerable<QuoteNode> QuotesInParagraph(int paragraph)
    {
        int lo = 0, hi = Quotes.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Quotes[mid].Paragraph < paragraph) lo = mid + 1; else hi = mid;
        }
        for (int k = lo; k < Quotes.Count && Quotes[k].Paragraph == paragraph; k++) yield return Quotes[k];
    }

    /// <summary>The innermost non-term quotation that contains <paramref name="offset"/>, or null.</summary>
    public QuoteNode? QuoteAt(int offset)
    {
        // Quotes are sorted by start; only those starting at or before the offset can contain it, and quotes do not
        // nest more than a level or two, so a short walk back from the last such quote finds the innermost one.
        int lo = 0, hi = Quotes.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (Quotes[mid].Span.Start <= offset) lo = mid + 1; else hi = mid;
        }
        QuoteNode? best = null;
        for (int k = lo - 1; k >= 0 && k >= lo - 8; k--)
        {
            var q = Quotes[k];
            if (!q.IsTerm && q.Span.Contains(offset) && (best is null || q.Span.Length < best.Span.Length)) best = q;
        }
        return best;
    }
}
