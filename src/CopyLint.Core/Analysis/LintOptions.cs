using CopyLint.Core.Diagnostics;
using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;

namespace CopyLint.Core.Analysis;

/// <summary>Everything a lint run depends on besides the text: input kind, severities, rule options, word lists.</summary>
public sealed record LintOptions
{
    public DocumentKind Kind { get; init; } = DocumentKind.PlainText;
    public IReadOnlyDictionary<string, ReportSeverity> Severities { get; init; } = new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase);
    public IReadOnlyDictionary<string, RuleOptions> RuleOptions { get; init; } = new Dictionary<string, RuleOptions>(StringComparer.OrdinalIgnoreCase);
    public LexiconSet Lexicons { get; init; } = LexiconSet.Empty;
    /// <summary>Report inline suppressions that give no reason (CL0000).</summary>
    public bool RequireSuppressionReason { get; init; }

    public static readonly LintOptions Default = new();
}
