using CopyLint.Core.Text;

namespace CopyLint.Core.Syntax;

public sealed class ParagraphNode
{
    internal ParagraphNode(int index, TextSpan span, int firstToken, int endToken)
    {
        Index = index; Span = span; FirstToken = firstToken; EndToken = endToken;
    }

    public int Index { get; }
    public TextSpan Span { get; }
    /// <summary>The paragraph's significant tokens are [FirstToken, EndToken) of <see cref="ProseDocument.Tokens"/>.</summary>
    public int FirstToken { get; }
    public int EndToken { get; }
    public ParagraphRole Role { get; internal set; }
    public int FirstSentence { get; internal set; }
    public int SentenceCount { get; internal set; }
    /// <summary>A dateline prefix such as "SEOUL, Dec. 17 (Yonhap) --" at the start of the paragraph, if any.</summary>
    public TextSpan? Dateline { get; internal set; }
    /// <summary>The wire named in the dateline ("SEOUL, Dec. 17 (Yonhap) --"), if any.</summary>
    public string? DatelineCredit { get; internal set; }
    /// <summary>What kind of byline or credit line this paragraph is (None for prose).</summary>
    public BylineKind Byline { get; internal set; }
    /// <summary>The paragraph ends with a double quotation still open.</summary>
    public bool EndsInsideQuote { get; internal set; }
    /// <summary>Index of the paragraph's block in body order: 0 for the first body paragraph (the lede).</summary>
    public int BodyIndex { get; internal set; } = -1;

    // 0 = not yet computed, 1 = English, 2 = not; a plain field so that concurrent readers at worst compute it twice.
    private byte _english;
    internal bool IsEnglish(ProseDocument doc)
    {
        if (_english == 0) _english = LanguageGuess.IsEnglish(doc, this) ? (byte)1 : (byte)2;
        return _english == 1;
    }
}
