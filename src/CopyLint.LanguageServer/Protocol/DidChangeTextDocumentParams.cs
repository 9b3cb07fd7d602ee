namespace CopyLint.LanguageServer.Protocol;

internal sealed class DidChangeTextDocumentParams
{
    public VersionedTextDocumentIdentifier TextDocument { get; init; } = new();
    public List<TextDocumentContentChangeEvent> ContentChanges { get; init; } = [];
}
