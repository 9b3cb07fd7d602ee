using CopyLint.Rules.Declarative;
using CopyLint.Workspace.Configuration;

namespace CopyLint.Workspace.RulePacks;

/// <summary>The desk rules that compiled, and the errors of those that did not (each skipped on its own).</summary>
public sealed record LoadedRules(IReadOnlyList<DeclarativeAnalyzer> Analyzers, IReadOnlyList<ConfigError> Errors)
{
    public static readonly LoadedRules Empty = new([], []);
}
