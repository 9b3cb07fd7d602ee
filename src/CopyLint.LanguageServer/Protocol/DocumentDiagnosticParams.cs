namespace CopyLint.LanguageServer.Protocol;

internal sealed class DocumentDiagnosticParams
{
    public TextDocumentIdentifier TextDocument { get; init; } = new();
    public string? Identifier { get; init; }
    public string? PreviousResultId { get; init; }
}
