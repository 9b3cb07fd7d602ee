using System.Runtime.CompilerServices;
using CopyLint.Core.Analysis;
using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Workspace.Configuration;

/// <summary>Turns a project configuration into engine options (word lists merged once per configuration).</summary>
public static class OptionsFactory
{
    private static readonly ConditionalWeakTable<ProjectConfig, LexiconSet> Cache = new();

    public static LintOptions Create(ProjectConfig config, DocumentKind kind) => new()
    {
        Kind = kind,
        Severities = config.Severities,
        RuleOptions = config.RuleOptions,
        Lexicons = Cache.GetValue(config, BuildLexicons),
        RequireSuppressionReason = config.RequireSuppressionReason,
    };

    private static LexiconSet BuildLexicons(ProjectConfig config)
    {
        var set = ShippedLexicons.All;
        foreach (var (name, edit) in config.Lexicons)
        {
            var baseList = edit.Replace is not null ? new Lexicon(name, edit.Replace) : set[name];
            set = set.With(new Lexicon(name, baseList.Entries).With(edit.Add, edit.Remove));
        }
        return set;
    }
}
