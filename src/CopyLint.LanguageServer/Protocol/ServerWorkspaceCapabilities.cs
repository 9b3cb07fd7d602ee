namespace CopyLint.LanguageServer.Protocol;

internal sealed class ServerWorkspaceCapabilities
{
    public WorkspaceFoldersServerCapabilities WorkspaceFolders { get; init; } = new();
}
