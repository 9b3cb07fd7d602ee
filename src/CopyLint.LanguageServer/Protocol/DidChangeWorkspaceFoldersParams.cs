namespace CopyLint.LanguageServer.Protocol;

internal sealed class DidChangeWorkspaceFoldersParams
{
    public WorkspaceFoldersChangeEvent Event { get; init; } = new();
}
