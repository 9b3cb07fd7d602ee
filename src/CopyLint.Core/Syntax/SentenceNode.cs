using CopyLint.Core.Text;

namespace CopyLint.Core.Syntax;

public sealed class SentenceNode
{
    internal SentenceNode(int index, int paragraph, TextSpan span, int firstToken, int tokenCount)
    {
        Index = index; Paragraph = paragraph; Span = span; FirstToken = firstToken; TokenCount = tokenCount;
    }

    public int Index { get; }
    public int Paragraph { get; }
    public TextSpan Span { get; }
    /// <summary>Range into <see cref="ProseDocument.Tokens"/> (significant tokens only: words, numbers, punctuation).</summary>
    public int FirstToken { get; }
    public int TokenCount { get; }
    public int EndToken => FirstToken + TokenCount;
}
