namespace CopyLint.LanguageServer.Protocol;

internal sealed class WorkspaceFoldersServerCapabilities
{
    public bool Supported { get; init; } = true;
    public bool ChangeNotifications { get; init; } = true;
}
