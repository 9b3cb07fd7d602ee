using CopyLint.Core.Diagnostics;

namespace CopyLint.Rules.Declarative;

/// <summary>Validates a <see cref="DeclarativeRule"/> and compiles it into a <see cref="DeclarativeAnalyzer"/>.</summary>
public static class DeclarativeRuleCompiler
{
    public const string Category = "Desk";
    public const string DefaultHelpUri = "https://github.com/copylint/copylint/blob/main/docs/custom-rules.md";

    /// <summary>Compile one rule. Throws <see cref="DeclarativeRuleException"/> naming the field at fault.</summary>
    public static DeclarativeAnalyzer Compile(DeclarativeRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ValidateId(rule.Id);
        var template = rule.Message ?? DefaultMessage(rule.Kind);
        foreach (var name in MessageTemplate.UnknownPlaceholders(template))
            throw new DeclarativeRuleException("message", $"Unknown placeholder {{{name}}} in the message. Use {{match}}, {{sentence}} or {{replacement}}.");

        TermSet? terms = null;
        var patterns = new List<TokenPattern>();
        switch (rule.Kind)
        {
            case DeclarativeRuleKind.Wordlist or DeclarativeRuleKind.RequireAttribution or DeclarativeRuleKind.RequireHedge or DeclarativeRuleKind.Pattern:
                if (rule.Kind == DeclarativeRuleKind.Pattern && rule.Patterns.Count == 0)
                    throw new DeclarativeRuleException("patterns", "A pattern rule needs at least one pattern.");
                if (rule.Terms.Count == 0 && rule.Patterns.Count == 0)
                    throw new DeclarativeRuleException("terms", $"A {Name(rule.Kind)} rule needs \"terms\" or \"patterns\".");
                ValidateTerms(rule.Terms, "terms");
                if (rule.Terms.Count > 0) terms = new TermSet(rule.Terms, rule.CaseSensitive, rule.Inflections);
                if (rule.Patterns.Count > DeclarativeLimits.MaxPatterns)
                    throw new DeclarativeRuleException("patterns", $"A rule has at most {DeclarativeLimits.MaxPatterns} patterns.");
                for (int i = 0; i < rule.Patterns.Count; i++)
                    patterns.Add(TokenPattern.Compile(rule.Patterns[i], rule.CaseSensitive, $"patterns[{i}]"));
                break;
            case DeclarativeRuleKind.Substitution:
                if (rule.Replacements.Count == 0) throw new DeclarativeRuleException("replacements", "A substitution rule needs at least one replacement.");
                for (int i = 0; i < rule.Replacements.Count; i++)
                {
                    var r = rule.Replacements[i];
                    if (r.Find.Count == 0) throw new DeclarativeRuleException($"replacements[{i}].find", "A replacement needs at least one text to find.");
                    ValidateTerms(r.Find, $"replacements[{i}].find");
                    if (r.Find.Any(f => f.Trim().Equals(r.Replace.Trim(), rule.CaseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase)))
                        throw new DeclarativeRuleException($"replacements[{i}]", $"Replacement '{r.Replace}' is also one of the texts it replaces; the fix would never settle.");
                }
                if (rule.Replacements.Sum(r => r.Find.Count) > DeclarativeLimits.MaxTerms)
                    throw new DeclarativeRuleException("replacements", $"A rule has at most {DeclarativeLimits.MaxTerms} texts to find.");
                terms = new TermSet(rule.Replacements.SelectMany((r, i) => r.Find.Select(f => (f, i))), rule.CaseSensitive, inflections: false);
                break;
            case DeclarativeRuleKind.RequiredElement:
                if (rule.Element == RequiredElementKind.FrontMatter && string.IsNullOrWhiteSpace(rule.Key))
                    throw new DeclarativeRuleException("key", "A requiredElement rule for front matter needs the \"key\" that must be present.");
                break;
        }

        var title = rule.Title ?? FirstSentence(rule.Description) ?? $"{rule.Id} ({Name(rule.Kind)})";
        var descriptor = new DiagnosticDescriptor(rule.Id, title, MessageTemplate.ToCompositeFormat(template), Category,
            rule.Severity, rule.Enabled, rule.Description ?? title, rule.HelpUri ?? DefaultHelpUri);
        return new DeclarativeAnalyzer(rule, descriptor, terms, [.. patterns]);
    }

    /// <summary>Desk IDs: capital letters then digits (DESK001); the CL prefix belongs to the built-in rules.</summary>
    public static void ValidateId(string id)
    {
        int i = 0;
        while (i < id.Length && char.IsAsciiLetterUpper(id[i])) i++;
        bool digits = i > 0 && i < id.Length && id[i..].All(char.IsAsciiDigit);
        if (!digits) throw new DeclarativeRuleException("id", $"\"{id}\" is not a rule ID: expected capital letters then digits, such as DESK001.");
        if (id.StartsWith("CL", StringComparison.Ordinal))
            throw new DeclarativeRuleException("id", $"\"{id}\" uses the CL prefix, which is reserved for built-in rules. Use your desk's own prefix, such as DESK001.");
    }

    private static void ValidateTerms(IReadOnlyList<string> terms, string field)
    {
        if (terms.Count > DeclarativeLimits.MaxTerms)
            throw new DeclarativeRuleException(field, $"A rule has at most {DeclarativeLimits.MaxTerms} terms; this one has {terms.Count}.");
        for (int i = 0; i < terms.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(terms[i])) throw new DeclarativeRuleException($"{field}[{i}]", "Terms must not be empty.");
            if (terms[i].Length > DeclarativeLimits.MaxTermLength)
                throw new DeclarativeRuleException($"{field}[{i}]", $"A term is at most {DeclarativeLimits.MaxTermLength} characters long.");
        }
    }

    public static string Name(DeclarativeRuleKind kind) => kind switch
    {
        DeclarativeRuleKind.Wordlist => "wordlist",
        DeclarativeRuleKind.Substitution => "substitution",
        DeclarativeRuleKind.RequireAttribution => "requireAttribution",
        DeclarativeRuleKind.RequireHedge => "requireHedge",
        DeclarativeRuleKind.RequiredElement => "requiredElement",
        _ => "pattern",
    };

    public static string DefaultMessage(DeclarativeRuleKind kind) => kind switch
    {
        DeclarativeRuleKind.Wordlist => "'{match}' is on the desk's list of words to avoid",
        DeclarativeRuleKind.Substitution => "House style: use '{replacement}' instead of '{match}'",
        DeclarativeRuleKind.RequireAttribution => "'{match}' makes this sentence a claim that needs a source: say who says so",
        DeclarativeRuleKind.RequireHedge => "'{match}' is stated as fact: attribute it or hedge it",
        DeclarativeRuleKind.RequiredElement => "The story has no {match}",
        _ => "'{match}' matches a desk pattern",
    };

    private static string? FirstSentence(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        int dot = text.IndexOf(". ", StringComparison.Ordinal);
        var first = (dot > 0 ? text[..dot] : text).Trim().TrimEnd('.');
        return first.Length > 80 ? first[..80] + "…" : first;
    }
}
