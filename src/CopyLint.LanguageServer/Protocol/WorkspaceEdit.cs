namespace CopyLint.LanguageServer.Protocol;

/// <summary>Either Changes (uri -> edits) or DocumentChanges (versioned), as the client supports.</summary>
internal sealed class WorkspaceEdit
{
    public Dictionary<string, List<TextEdit>>? Changes { get; init; }
    public List<TextDocumentEdit>? DocumentChanges { get; init; }
}
