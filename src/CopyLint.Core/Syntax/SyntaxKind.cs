namespace CopyLint.Core.Syntax;

/// <summary>Kinds of nodes and tokens in the prose tree.</summary>
public enum SyntaxKind : byte
{
    None = 0,
    // nodes
    Document,
    FrontMatter,
    Paragraph,
    Sentence,
    Quote,
    Number,
    // tokens
    Word,
    NumberToken,
    Punctuation,
    // trivia (carry no prose; still part of the lossless token stream)
    Whitespace,
    Markup,
    Masked,
}
