namespace CopyLint.LanguageServer.Protocol;

/// <summary>A full replacement (no Range) or an incremental change of Range to Text.</summary>
internal sealed class TextDocumentContentChangeEvent
{
    public LspRange? Range { get; init; }
    public int? RangeLength { get; init; }
    public string Text { get; init; } = "";
}
