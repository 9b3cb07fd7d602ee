namespace CopyLint.LanguageServer.Protocol;

internal sealed class TextDocumentSyncOptions
{
    public const int Full = 1, Incremental = 2;
    public bool OpenClose { get; init; } = true;
    public int Change { get; init; } = Incremental;
    public SaveOptions Save { get; init; } = new();
}
