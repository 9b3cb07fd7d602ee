using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;

namespace CopyLint.Workspace.Configuration;

/// <summary>
/// One copylint.json, parsed. Immutable: a file that has any error yields no ProjectConfig at all,
/// so a bad configuration is never half-applied.
/// </summary>
public sealed record ProjectConfig
{
    public string? Path { get; init; }
    public bool Root { get; init; }
    public IReadOnlyDictionary<string, ReportSeverity> Severities { get; init; } = new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase);
    public IReadOnlyDictionary<string, RuleOptions> RuleOptions { get; init; } = new Dictionary<string, RuleOptions>(StringComparer.OrdinalIgnoreCase);
    public IReadOnlyDictionary<string, LexiconEdit> Lexicons { get; init; } = new Dictionary<string, LexiconEdit>(StringComparer.OrdinalIgnoreCase);
    /// <summary>Folders or files of declarative rule packs, resolved against the config file's folder.</summary>
    public IReadOnlyList<string> RulePacks { get; init; } = [];
    /// <summary>Raw JSON text of inline "customRules" (compiled by the declarative rules loader).</summary>
    public string? InlineRulesJson { get; init; }
    /// <summary>The copylint.json that defined <see cref="InlineRulesJson"/> (re-read for line-accurate errors).</summary>
    public string? InlineRulesPath { get; init; }
    public IReadOnlyList<string> Exclude { get; init; } = [];
    public bool RequireSuppressionReason { get; init; }

    public static readonly ProjectConfig Empty = new();
}
