using CopyLint.Core;
using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.Tests.Infrastructure;

/// <summary>Runs rules on marked-up copy and checks that findings of one rule overlap exactly the marked spans.</summary>
internal static class RuleAssert
{
    public static LintOptions Options(DocumentKind kind = DocumentKind.PlainText, IReadOnlyDictionary<string, ReportSeverity>? severities = null) => new()
    {
        Kind = kind,
        Lexicons = ShippedLexicons.All,
        Severities = severities ?? new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase),
    };

    public static IReadOnlyList<Diagnostic> Run(string text, string ruleId, DocumentKind kind = DocumentKind.PlainText) =>
        Run(text, ruleId, RuleOptions.Empty, kind);

    /// <summary>The rule's findings on <paramref name="text"/> with <paramref name="options"/> as its configured options.</summary>
    public static IReadOnlyList<Diagnostic> Run(string text, string ruleId, RuleOptions options, DocumentKind kind = DocumentKind.PlainText)
    {
        var severities = new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase) { [ruleId] = ReportSeverity.Default };
        var descriptor = BuiltInRules.Find(ruleId);
        if (descriptor is { IsEnabledByDefault: false }) severities[ruleId] = descriptor.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => ReportSeverity.Error,
            DiagnosticSeverity.Warning => ReportSeverity.Warning,
            DiagnosticSeverity.Info => ReportSeverity.Info,
            _ => ReportSeverity.Hint,
        };
        var lintOptions = Options(kind, severities) with
        {
            RuleOptions = new Dictionary<string, RuleOptions>(StringComparer.OrdinalIgnoreCase) { [ruleId] = options },
        };
        var result = Linter.Lint(SourceText.From(text), lintOptions, BuiltInRules.All);
        return result.Diagnostics.Where(d => d.Id == ruleId).ToList();
    }

    /// <summary>Every marked span is overlapped by a finding of the rule, and every finding overlaps a marked span.</summary>
    public static IReadOnlyList<Diagnostic> Flags(string ruleId, string marked, DocumentKind kind = DocumentKind.PlainText)
    {
        var c = MarkedCase.Parse(marked);
        var found = Run(c.Text, ruleId, kind);
        foreach (var span in c.Spans)
            Assert.True(found.Any(d => d.Span.OverlapsWith(span)),
                $"{ruleId} should flag '{c.Text.Substring(span.Start, span.Length)}' in: {c.Text}\nFound: {Describe(c.Text, found)}");
        foreach (var d in found)
            Assert.True(c.Spans.Any(s => s.OverlapsWith(d.Span)),
                $"{ruleId} flagged '{c.Text.Substring(d.Span.Start, d.Span.Length)}' which is not marked, in: {c.Text}\n{d.Message}");
        return found;
    }

    /// <summary>The rule raises nothing on this text.</summary>
    public static void Silent(string ruleId, string text, DocumentKind kind = DocumentKind.PlainText)
    {
        var found = Run(text, ruleId, kind);
        Assert.True(found.Count == 0, $"{ruleId} should be silent on: {text}\nFound: {Describe(text, found)}");
    }

    private static string Describe(string text, IReadOnlyList<Diagnostic> found) =>
        found.Count == 0 ? "(nothing)" : string.Join("; ", found.Select(d => $"'{text.Substring(d.Span.Start, d.Span.Length)}' {d.Severity}: {d.Message}"));
}
