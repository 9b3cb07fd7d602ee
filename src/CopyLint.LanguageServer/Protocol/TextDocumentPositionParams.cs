namespace CopyLint.LanguageServer.Protocol;

internal sealed class TextDocumentPositionParams
{
    public TextDocumentIdentifier TextDocument { get; init; } = new();
    public Position Position { get; init; } = new(0, 0);
}
