namespace CopyLint.LanguageServer.Protocol;

internal sealed record MarkupContent(string Kind, string Value)
{
    public const string Markdown = "markdown";
    public const string PlainText = "plaintext";
}
