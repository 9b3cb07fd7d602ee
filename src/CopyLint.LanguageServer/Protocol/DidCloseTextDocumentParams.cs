namespace CopyLint.LanguageServer.Protocol;

internal sealed class DidCloseTextDocumentParams
{
    public TextDocumentIdentifier TextDocument { get; init; } = new();
}
