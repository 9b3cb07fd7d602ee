namespace CopyLint.Core.Syntax;

public enum DocumentKind
{
    PlainText,
    Markdown,
    Html,
}
