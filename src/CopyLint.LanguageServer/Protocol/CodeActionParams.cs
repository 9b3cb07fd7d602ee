namespace CopyLint.LanguageServer.Protocol;

internal sealed class CodeActionParams
{
    public TextDocumentIdentifier TextDocument { get; init; } = new();
    public LspRange Range { get; init; } = new(new Position(0, 0), new Position(0, 0));
    public CodeActionContext Context { get; init; } = new();
}
