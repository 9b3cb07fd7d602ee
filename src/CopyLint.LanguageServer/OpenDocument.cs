using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.LanguageServer;

/// <summary>An immutable snapshot of one open document: analysis always runs on a snapshot, never on live state.</summary>
internal sealed record OpenDocument(string Uri, string LanguageId, int Version, SourceText Text, DocumentKind Kind)
{
    /// <summary>The local file path of a file: URI, or null for other schemes (untitled:, …).</summary>
    public string? FilePath => DocumentUris.ToPath(Uri);
}
