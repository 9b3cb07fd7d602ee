using System.Text.RegularExpressions;
using CopyLint.Core.Syntax;

namespace CopyLint.Rules.Declarative;

/// <summary>
/// A compiled token-sequence pattern. Matching simulates the pattern as a small automaton (the set of steps
/// reachable so far), so optional steps never cause exponential backtracking; regex pieces match one whole token
/// each, under a match timeout.
/// </summary>
internal sealed class TokenPattern
{
    private readonly Step[] _steps;
    private readonly StringComparison _comparison;

    private readonly record struct Step(string? Word, Regex? Regex, bool Optional);

    private TokenPattern(Step[] steps, bool caseSensitive)
    {
        _steps = steps;
        _comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
    }

    /// <summary>Compile; throws <see cref="DeclarativeRuleException"/> naming the step when a piece is invalid.</summary>
    public static TokenPattern Compile(IReadOnlyList<PatternStep> steps, bool caseSensitive, string field)
    {
        if (steps.Count == 0) throw new DeclarativeRuleException(field, "A pattern needs at least one step.");
        if (steps.Count > DeclarativeLimits.MaxPatternSteps)
            throw new DeclarativeRuleException(field, $"A pattern has at most {DeclarativeLimits.MaxPatternSteps} steps; this one has {steps.Count}.");
        if (steps.All(s => s.Optional)) throw new DeclarativeRuleException(field, "A pattern needs at least one step that is not optional.");
        var compiled = new Step[steps.Count];
        for (int i = 0; i < steps.Count; i++)
        {
            var s = steps[i];
            Regex? regex = null;
            if (s.Regex is not null && !PatternRegex.TryCreate(s.Regex, caseSensitive, out regex, out var error))
                throw new DeclarativeRuleException($"{field}[{i}]", error!);
            if (s.Word is null && s.Regex is null && !s.Any)
                throw new DeclarativeRuleException($"{field}[{i}]", "A pattern step needs a word, a regex or \"any\": true.");
            compiled[i] = new Step(s.Word, regex, s.Optional);
        }
        return new TokenPattern(compiled, caseSensitive);
    }

    /// <summary>Length in tokens of the longest non-empty match starting at <paramref name="token"/> within [token, end); 0 if none.</summary>
    public int MatchAt(ProseDocument doc, int token, int end)
    {
        // states: which steps have been completed; reachable[k] = "k steps done" at the current token.
        Span<bool> reach = stackalloc bool[_steps.Length + 1];
        Span<bool> next = stackalloc bool[_steps.Length + 1];
        reach[0] = true;
        Close(reach);
        int best = 0;
        for (int pos = token; pos < end; pos++)
        {
            next.Clear();
            bool any = false;
            var text = doc.TokenText(pos);
            for (int k = 0; k < _steps.Length; k++)
            {
                if (!reach[k] || !Accepts(_steps[k], text)) continue;
                next[k + 1] = true;
                any = true;
            }
            if (!any) break;
            Close(next);
            next.CopyTo(reach);
            if (reach[_steps.Length]) best = pos - token + 1;
        }
        return best;
    }

    /// <summary>Skipping an optional step is free: propagate reachability past optional steps.</summary>
    private void Close(Span<bool> states)
    {
        for (int k = 0; k < _steps.Length; k++)
            if (states[k] && _steps[k].Optional) states[k + 1] = true;
    }

    private bool Accepts(Step step, ReadOnlySpan<char> text)
    {
        if (step.Word is not null) return text.Equals(step.Word, _comparison);
        if (step.Regex is not null) return step.Regex.IsMatch(text);
        return true;
    }
}
