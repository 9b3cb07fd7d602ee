namespace CopyLint.LanguageServer.Protocol;

internal sealed class FileEvent
{
    public const int Created = 1, Changed = 2, Deleted = 3;
    public string Uri { get; init; } = "";
    public int Type { get; init; }
}
