namespace CopyLint.LanguageServer.Protocol;

internal sealed class TextDocumentItem
{
    public string Uri { get; init; } = "";
    public string LanguageId { get; init; } = "";
    public int Version { get; init; }
    public string Text { get; init; } = "";
}
