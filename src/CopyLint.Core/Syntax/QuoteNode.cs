using CopyLint.Core.Text;

namespace CopyLint.Core.Syntax;

public sealed class QuoteNode
{
    internal QuoteNode(int index, int paragraph, TextSpan span, TextSpan content, bool isSingle)
    {
        Index = index; Paragraph = paragraph; Span = span; Content = content; IsSingle = isSingle;
    }

    public int Index { get; }
    public int Paragraph { get; }
    /// <summary>From the opening mark to the closing mark inclusive (to paragraph end when unclosed).</summary>
    public TextSpan Span { get; }
    public TextSpan Content { get; }
    public bool IsSingle { get; }
    public bool IsClosed { get; internal set; } = true;
    /// <summary>Fewer than four words or all title-case: a term or title, not a quotation.</summary>
    public bool IsTerm { get; internal set; }
    public int WordCount { get; internal set; }
    /// <summary>Continues an unclosed quotation of the previous paragraph (multi-paragraph quotation).</summary>
    public bool ContinuesPrevious { get; internal set; }
    public int FirstToken { get; internal set; }
    public int EndToken { get; internal set; }
}
