using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Analysis;

internal static class LintHelper
{
    public static LintResult Run(string text, DocumentKind kind, params Analyzer[] analyzers) =>
        Run(text, new LintOptions { Kind = kind }, analyzers);

    public static LintResult Run(string text, LintOptions options, params Analyzer[] analyzers) =>
        Linter.Lint(SourceText.From(text), options, analyzers);

    public static string[] Texts(LintResult result, IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(d => result.Document.Text.ToString(d.Span)).ToArray();

    public static Dictionary<string, ReportSeverity> Severities(params (string Id, ReportSeverity Severity)[] entries) =>
        entries.ToDictionary(e => e.Id, e => e.Severity, StringComparer.OrdinalIgnoreCase);
}
