using CopyLint.Core.Diagnostics;

namespace CopyLint.Rules.Declarative;

/// <summary>
/// A style desk's rule as written in a rule pack, before compilation. Which of the kind-specific members are
/// used depends on <see cref="Kind"/>: Terms/Patterns (wordlist, requireAttribution, requireHedge, pattern),
/// Replacements (substitution), Element/Key (requiredElement).
/// </summary>
public sealed record DeclarativeRule
{
    public required string Id { get; init; }
    public required DeclarativeRuleKind Kind { get; init; }
    /// <summary>Message template: {match}, {sentence} and, for substitutions, {replacement}.</summary>
    public string? Message { get; init; }
    public string? Title { get; init; }
    public DiagnosticSeverity Severity { get; init; } = DiagnosticSeverity.Warning;
    public bool Enabled { get; init; } = true;
    public string? Description { get; init; }
    public string? HelpUri { get; init; }
    public RuleScope Scope { get; init; } = RuleScope.Default;
    public RuleExamples Examples { get; init; } = RuleExamples.None;
    /// <summary>The pack (file) the rule came from, for messages.</summary>
    public string? Source { get; init; }

    public bool CaseSensitive { get; init; }
    /// <summary>Also match simple inflections of each term's last word (-s, -es, -ed, -ing).</summary>
    public bool Inflections { get; init; }
    public IReadOnlyList<string> Terms { get; init; } = [];
    public IReadOnlyList<IReadOnlyList<PatternStep>> Patterns { get; init; } = [];
    public IReadOnlyList<Replacement> Replacements { get; init; } = [];
    public RequiredElementKind Element { get; init; }
    public string? Key { get; init; }
}
