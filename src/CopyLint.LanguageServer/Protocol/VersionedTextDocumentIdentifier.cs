namespace CopyLint.LanguageServer.Protocol;

/// <summary>A document and version; Version is null in an OptionalVersionedTextDocumentIdentifier.</summary>
internal sealed class VersionedTextDocumentIdentifier
{
    public string Uri { get; init; } = "";
    public int? Version { get; init; }
}
