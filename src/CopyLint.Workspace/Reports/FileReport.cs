using CopyLint.Core.Diagnostics;
using CopyLint.Core.Text;
using CopyLint.Workspace.Sessions;

namespace CopyLint.Workspace.Reports;

/// <summary>Per-file counts by rule and severity and the findings in context, for the pre-publish report.</summary>
public sealed record FileReport(string Path, IReadOnlyList<RuleCount> Counts, IReadOnlyList<ReportFinding> Findings, string? Error)
{
    /// <summary>Longest stretch of sentence shown around a finding; longer sentences are cut with an ellipsis.</summary>
    public const int MaxContext = 400;

    public static FileReport From(FileLintResult result)
    {
        if (result.Result is not { } lint || result.Text is not { } text)
            return new FileReport(result.Path, [], [], result.Error ?? "not checked");
        var counts = lint.Diagnostics.GroupBy(d => (d.Id, d.Severity))
            .Select(g => new RuleCount(g.Key.Id, g.Key.Severity, g.Count()))
            .OrderByDescending(c => c.Severity).ThenBy(c => c.RuleId, StringComparer.Ordinal).ToList();
        var findings = lint.Diagnostics.Select(d => Finding(lint.Document, text, d)).ToList();
        return new FileReport(result.Path, counts, findings, result.Error);
    }

    private static ReportFinding Finding(Core.Syntax.ProseDocument doc, SourceText text, Diagnostic d)
    {
        var pos = text.GetLinePosition(d.Span.Start);
        var context = FindingSentence.SpanOf(doc, d.Span) ?? text.GetLineSpan(pos.Line);
        var start = Math.Min(context.Start, d.Span.Start);
        var end = Math.Max(context.End, d.Span.End);
        if (end - start > MaxContext)
        {
            start = Math.Max(start, d.Span.Start - MaxContext / 4);
            end = Math.Min(end, Math.Max(d.Span.End, start + MaxContext));
        }
        var sentence = text.ToString(TextSpan.FromBounds(start, end));
        return new ReportFinding(d, pos.Line + 1, pos.Character + 1, sentence, d.Span.Start - start, Math.Min(d.Span.Length, end - d.Span.Start));
    }
}
