namespace CopyLint.LanguageServer.Protocol;

internal sealed class WorkspaceFoldersChangeEvent
{
    public List<WorkspaceFolder> Added { get; init; } = [];
    public List<WorkspaceFolder> Removed { get; init; } = [];
}
