using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Text;
using CopyLint.LanguageServer.Protocol;

namespace CopyLint.LanguageServer.Analysis;

/// <summary>
/// Code actions for a request: the fixes of the findings named by the request's diagnostics (matched by code and
/// range against the lint of the same text; the cursor range is used only when the request names none),
/// "Fix all CLxxxx in this document" per rule, and source.fixAll.copylint for every safe fix.
/// </summary>
internal sealed class CodeActionBuilder
{
    private readonly DiagnosticConverter _converter;

    public CodeActionBuilder(DiagnosticConverter converter) => _converter = converter;

    public List<CodeAction> Build(AnalysisResult result, CodeActionParams request, PositionEncoding encoding, bool documentChanges)
    {
        var doc = result.Document;
        var only = request.Context.Only;
        bool quickFixes = only is null || only.Count == 0 || only.Any(k => IsWithin(CodeActionKinds.QuickFix, k));
        bool fixAll = only is not null && only.Any(k => IsWithin(CodeActionKinds.SourceFixAllCopyLint, k));
        var actions = new List<CodeAction>();
        if (quickFixes)
        {
            var targets = Match(result, request, encoding);
            foreach (var d in targets)
            {
                var lsp = _converter.Convert(d, doc.Uri, doc.Text, encoding);
                bool preferred = true;
                foreach (var fix in d.Fixes)
                {
                    bool suppress = IsSuppression(fix);
                    actions.Add(new CodeAction
                    {
                        Title = fix.Title,
                        Kind = CodeActionKinds.QuickFix,
                        Diagnostics = [lsp],
                        IsPreferred = preferred && !suppress ? true : null,
                        Edit = Edit(doc, ToTextEdits(doc.Text, fix.Edits, encoding), documentChanges),
                    });
                    if (!suppress) preferred = false;
                }
            }
            foreach (var id in targets.Select(t => t.Id).Distinct(StringComparer.Ordinal))
                if (FixAllForRule(result, id, targets.First(t => t.Id == id), encoding, documentChanges) is { } all) actions.Add(all);
        }
        if (fixAll && FixAllSafe(result, encoding, documentChanges) is { } source) actions.Add(source);
        return actions;
    }

    /// <summary>The engine findings the request is about.</summary>
    public List<Diagnostic> Match(AnalysisResult result, CodeActionParams request, PositionEncoding encoding)
    {
        var text = result.Document.Text;
        var found = new List<Diagnostic>();
        var named = request.Context.Diagnostics.Where(d => d.Source is null || d.Source == DiagnosticConverter.Source).ToList();
        foreach (var wanted in named)
        {
            var span = Conversions.ToSpan(text, wanted.Range, encoding);
            var sameCode = result.Diagnostics.Where(d => wanted.Code is null || string.Equals(d.Id, wanted.Code, StringComparison.OrdinalIgnoreCase)).ToList();
            var exact = sameCode.Where(d => d.Span == span).ToList();
            var pick = exact.Count > 0 ? exact : sameCode.Where(d => d.Span.OverlapsWith(span)).ToList();
            if (wanted.Message.Length > 0 && pick.Count > 1 && pick.Where(d => d.Message == wanted.Message).ToList() is { Count: > 0 } byMessage) pick = byMessage;
            foreach (var d in pick) if (!found.Contains(d)) found.Add(d);
        }
        if (named.Count == 0)
        {
            var range = Conversions.ToSpan(text, request.Range, encoding);
            found.AddRange(result.Diagnostics.Where(d => d.Span.OverlapsWith(range) || (range.IsEmpty && d.Span.End == range.Start)));
        }
        return found;
    }

    private CodeAction? FixAllForRule(AnalysisResult result, string id, Diagnostic sample, PositionEncoding encoding, bool documentChanges)
    {
        var key = sample.Fixes.FirstOrDefault(f => f.EquivalenceKey is not null && !IsSuppression(f))?.EquivalenceKey;
        if (key is null) return null;
        var fixes = result.Diagnostics.Where(d => d.Id == id)
            .Select(d => d.Fixes.FirstOrDefault(f => f.EquivalenceKey == key)).OfType<CodeFix>().ToList();
        if (fixes.Count < 2) return null;
        var doc = result.Document;
        var (fixedText, applied, _) = FixApplier.Apply(doc.Text, fixes);
        if (applied == 0) return null;
        return new CodeAction
        {
            Title = $"Fix all {id} in this document ({applied})",
            Kind = CodeActionKinds.QuickFix,
            Edit = Edit(doc, [Diff(doc.Text, fixedText, encoding)], documentChanges),
        };
    }

    private CodeAction? FixAllSafe(AnalysisResult result, PositionEncoding encoding, bool documentChanges)
    {
        var fixes = result.Diagnostics.Select(d => d.Fixes.FirstOrDefault(f => f.IsSafe && !IsSuppression(f))).OfType<CodeFix>().ToList();
        if (fixes.Count == 0) return null;
        var doc = result.Document;
        var (fixedText, applied, _) = FixApplier.Apply(doc.Text, fixes);
        if (applied == 0) return null;
        return new CodeAction
        {
            Title = $"Fix all CopyLint findings that have a safe fix ({applied})",
            Kind = CodeActionKinds.SourceFixAllCopyLint,
            Edit = Edit(doc, [Diff(doc.Text, fixedText, encoding)], documentChanges),
        };
    }

    private static bool IsSuppression(CodeFix fix) => fix.EquivalenceKey?.StartsWith("suppress:", StringComparison.Ordinal) == true;

    /// <summary>"source.fixAll.copylint" is within "source", "source.fixAll" and itself.</summary>
    public static bool IsWithin(string kind, string requested) =>
        kind == requested || kind.StartsWith(requested + ".", StringComparison.Ordinal);

    private static List<TextEdit> ToTextEdits(SourceText text, IReadOnlyList<TextChange> edits, PositionEncoding encoding) =>
        edits.OrderBy(e => e.Span.Start).Select(e => new TextEdit(Conversions.ToRange(text, e.Span, encoding), e.NewText)).ToList();

    /// <summary>One edit that turns <paramref name="before"/> into <paramref name="after"/> (common prefix and suffix kept).</summary>
    public static TextEdit Diff(SourceText before, SourceText after, PositionEncoding encoding)
    {
        var a = before.AsSpan();
        var b = after.AsSpan();
        int prefix = a.CommonPrefixLength(b);
        int max = Math.Min(a.Length, b.Length) - prefix;
        int suffix = 0;
        while (suffix < max && a[a.Length - 1 - suffix] == b[b.Length - 1 - suffix]) suffix++;
        // keep surrogate pairs whole
        if (prefix > 0 && prefix < a.Length && char.IsLowSurrogate(a[prefix])) prefix--;
        var span = TextSpan.FromBounds(prefix, a.Length - suffix);
        var replacement = after.ToString(TextSpan.FromBounds(prefix, b.Length - suffix));
        return new TextEdit(Conversions.ToRange(before, span, encoding), replacement);
    }

    private static WorkspaceEdit Edit(OpenDocument doc, List<TextEdit> edits, bool documentChanges) => documentChanges
        ? new WorkspaceEdit { DocumentChanges = [new TextDocumentEdit(new VersionedTextDocumentIdentifier { Uri = doc.Uri, Version = doc.Version }, edits)] }
        : new WorkspaceEdit { Changes = new Dictionary<string, List<TextEdit>> { [doc.Uri] = edits } };
}
