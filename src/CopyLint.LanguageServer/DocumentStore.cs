using System.Collections.Concurrent;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.LanguageServer.Protocol;

namespace CopyLint.LanguageServer;

/// <summary>
/// The open documents. Edits are applied in the order they arrive, each change against the text left by the
/// previous one; ranges outside the text are clamped (and logged), so the text held is never corrupted.
/// Readers get immutable snapshots.
/// </summary>
internal sealed class DocumentStore
{
    private readonly ConcurrentDictionary<string, OpenDocument> _documents = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _changeTokens = new(StringComparer.Ordinal);
    private readonly Action<string> _log;

    public DocumentStore(Action<string>? log = null) => _log = log ?? (_ => { });

    public PositionEncoding Encoding { get; set; } = PositionEncoding.Utf16;

    public OpenDocument? Get(string uri) => _documents.TryGetValue(uri, out var d) ? d : null;

    public IReadOnlyList<OpenDocument> All => _documents.Values.OrderBy(d => d.Uri, StringComparer.Ordinal).ToList();

    public int Count => _documents.Count;

    public OpenDocument Open(string uri, string languageId, int version, string text, DocumentKind kind)
    {
        var doc = new OpenDocument(uri, languageId, version, SourceText.From(text), kind);
        _documents[uri] = doc;
        Touch(uri);
        return doc;
    }

    public bool Close(string uri)
    {
        bool removed = _documents.TryRemove(uri, out _);
        Touch(uri);
        return removed;
    }

    /// <summary>A token cancelled the next time the document changes or closes: work on the current text stops early.</summary>
    public CancellationToken ChangeToken(string uri) => _changeTokens.GetOrAdd(uri, _ => new CancellationTokenSource()).Token;

    private void Touch(string uri)
    {
        if (_changeTokens.TryRemove(uri, out var cts)) cts.Cancel();
    }

    /// <summary>Apply a didChange. Returns null (and logs) when the document is not open.</summary>
    public OpenDocument? Change(string uri, int? version, IReadOnlyList<TextDocumentContentChangeEvent> changes)
    {
        if (!_documents.TryGetValue(uri, out var doc))
        {
            _log($"didChange for {uri}, which is not open: ignored.");
            return null;
        }
        var text = doc.Text;
        foreach (var change in changes)
            text = Apply(text, change, uri);
        var updated = doc with { Version = version ?? doc.Version + 1, Text = text };
        if (version is { } v && v <= doc.Version) _log($"didChange for {uri} has version {v}, not after {doc.Version}; applied anyway.");
        _documents[uri] = updated;
        Touch(uri);
        return updated;
    }

    public SourceText Apply(SourceText text, TextDocumentContentChangeEvent change, string uri)
    {
        if (change.Range is null) return SourceText.From(change.Text ?? "");
        int start = Conversions.ToOffset(text, change.Range.Start, Encoding, out bool c1);
        int end = Conversions.ToOffset(text, change.Range.End, Encoding, out bool c2);
        if (c1 || c2) _log($"didChange for {uri}: range {Describe(change.Range)} lies outside the text ({text.LineCount} lines); clamped to the text.");
        if (end < start)
        {
            _log($"didChange for {uri}: range {Describe(change.Range)} ends before it starts; treated as [{end}..{start}).");
            (start, end) = (end, start);
        }
        return text.WithChanges(new TextChange(TextSpan.FromBounds(start, end), change.Text ?? ""));
    }

    private static string Describe(LspRange r) => $"{r.Start.Line}:{r.Start.Character}-{r.End.Line}:{r.End.Character}";
}
