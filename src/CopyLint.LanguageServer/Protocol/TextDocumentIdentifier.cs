namespace CopyLint.LanguageServer.Protocol;

internal sealed class TextDocumentIdentifier
{
    public string Uri { get; init; } = "";
}
