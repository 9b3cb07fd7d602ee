namespace CopyLint.LanguageServer.Protocol;

internal sealed class DidChangeWatchedFilesParams
{
    public List<FileEvent> Changes { get; init; } = [];
}
