using CopyLint.Core;
using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules.Declarative;
using CopyLint.Rules.Lexicons;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests.Declarative;

/// <summary>Compiles a desk rule and checks its findings against <c>[|…|]</c> marks, like RuleAssert does for built-in rules.</summary>
internal static class DeskRuleAssert
{
    public static IReadOnlyList<Diagnostic> Run(DeclarativeRule rule, string text, DocumentKind kind = DocumentKind.PlainText, CancellationToken ct = default)
    {
        var analyzer = DeclarativeRuleCompiler.Compile(rule);
        var options = new LintOptions
        {
            Kind = kind,
            Lexicons = ShippedLexicons.All,
            Severities = new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase) { [rule.Id] = ReportSeverity.Warning },
        };
        var result = Linter.Lint(SourceText.From(text), options, [analyzer], ct);
        var crash = result.Diagnostics.FirstOrDefault(d => d.Descriptor == EngineDiagnostics.AnalyzerCrash);
        Assert.True(crash is null, crash?.Message);
        return result.Diagnostics.Where(d => d.Id == rule.Id).ToList();
    }

    public static IReadOnlyList<Diagnostic> Flags(DeclarativeRule rule, string marked, DocumentKind kind = DocumentKind.PlainText)
    {
        var c = MarkedCase.Parse(marked);
        var found = Run(rule, c.Text, kind);
        Assert.True(c.Spans.Count > 0, "mark at least one span");
        foreach (var span in c.Spans)
            Assert.True(found.Any(d => d.Span == span || d.Span.OverlapsWith(span)),
                $"{rule.Id} should flag '{c.Text.Substring(span.Start, span.Length)}' in: {c.Text}\nFound: {Describe(c.Text, found)}");
        foreach (var d in found)
            Assert.True(c.Spans.Any(s => s.OverlapsWith(d.Span)), $"{rule.Id} flagged unmarked '{c.Text.Substring(d.Span.Start, d.Span.Length)}' in: {c.Text}");
        return found;
    }

    public static void Silent(DeclarativeRule rule, string text, DocumentKind kind = DocumentKind.PlainText)
    {
        var found = Run(rule, text, kind);
        Assert.True(found.Count == 0, $"{rule.Id} should be silent on: {text}\nFound: {Describe(text, found)}");
    }

    private static string Describe(string text, IReadOnlyList<Diagnostic> found) =>
        found.Count == 0 ? "(nothing)" : string.Join("; ", found.Select(d => $"'{text.Substring(d.Span.Start, d.Span.Length)}': {d.Message}"));
}
