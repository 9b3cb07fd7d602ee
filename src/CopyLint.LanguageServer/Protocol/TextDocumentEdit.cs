namespace CopyLint.LanguageServer.Protocol;

internal sealed record TextDocumentEdit(VersionedTextDocumentIdentifier TextDocument, IReadOnlyList<TextEdit> Edits);
