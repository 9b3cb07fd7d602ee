using CopyLint.Core;
using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules.Declarative;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Workspace.RulePacks;

/// <summary>
/// Runs each desk rule's examples the way <c>copylint test-rules</c> does: every "bad" example must get at least one
/// finding of the rule, every "good" example none. The rule runs alone and switched on (even if it ships off).
/// </summary>
public static class RuleExampleRunner
{
    public static IReadOnlyList<ExampleOutcome> Run(IEnumerable<DeclarativeAnalyzer> analyzers, LexiconSet? lexicons = null, CancellationToken cancellationToken = default)
    {
        var outcomes = new List<ExampleOutcome>();
        foreach (var analyzer in analyzers)
        {
            var rule = analyzer.Rule;
            var options = new LintOptions
            {
                Lexicons = lexicons ?? ShippedLexicons.All,
                Severities = new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase) { [rule.Id] = ToReport(rule.Severity) },
            };
            var driver = new AnalyzerDriver([analyzer]);
            for (int i = 0; i < rule.Examples.Bad.Count; i++) outcomes.Add(RunOne(driver, options, rule, true, i, rule.Examples.Bad[i], cancellationToken));
            for (int i = 0; i < rule.Examples.Good.Count; i++) outcomes.Add(RunOne(driver, options, rule, false, i, rule.Examples.Good[i], cancellationToken));
        }
        return outcomes;
    }

    private static ExampleOutcome RunOne(AnalyzerDriver driver, LintOptions options, DeclarativeRule rule, bool bad, int index, string text, CancellationToken ct)
    {
        var kind = text.TrimStart().StartsWith("---", StringComparison.Ordinal) ? DocumentKind.Markdown : DocumentKind.PlainText;
        var result = Linter.Lint(SourceText.From(text), options with { Kind = kind }, driver, ct);
        var crash = result.Diagnostics.FirstOrDefault(d => d.Descriptor == EngineDiagnostics.AnalyzerCrash);
        if (crash is not null) return new ExampleOutcome(rule.Id, bad, index, text, false, crash.Message);
        var found = result.Diagnostics.Where(d => d.Id == rule.Id).ToList();
        var shown = string.Join("; ", found.Select(d => $"'{text.Substring(d.Span.Start, d.Span.Length)}': {d.Message}"));
        return bad
            ? new ExampleOutcome(rule.Id, true, index, text, found.Count > 0, found.Count > 0 ? shown : "expected a finding, got none")
            : new ExampleOutcome(rule.Id, false, index, text, found.Count == 0, found.Count == 0 ? "no finding" : "expected no finding, got " + shown);
    }

    private static ReportSeverity ToReport(DiagnosticSeverity s) => s switch
    {
        DiagnosticSeverity.Error => ReportSeverity.Error,
        DiagnosticSeverity.Warning => ReportSeverity.Warning,
        DiagnosticSeverity.Info => ReportSeverity.Info,
        _ => ReportSeverity.Hint,
    };
}
