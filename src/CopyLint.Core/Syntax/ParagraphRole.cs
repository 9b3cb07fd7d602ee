namespace CopyLint.Core.Syntax;

public enum ParagraphRole
{
    Body,
    Headline,
    /// <summary>A line recognised as a byline, credit or sign-off: kept out of the prose rules.</summary>
    Byline,
    /// <summary>A list item, table cell or caption-like short block.</summary>
    Other,
}
