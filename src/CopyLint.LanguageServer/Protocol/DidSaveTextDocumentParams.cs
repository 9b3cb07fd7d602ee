namespace CopyLint.LanguageServer.Protocol;

internal sealed class DidSaveTextDocumentParams
{
    public TextDocumentIdentifier TextDocument { get; init; } = new();
    public string? Text { get; init; }
}
