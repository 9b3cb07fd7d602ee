namespace CopyLint.LanguageServer.Protocol;

internal sealed class DidOpenTextDocumentParams
{
    public TextDocumentItem TextDocument { get; init; } = new();
}
