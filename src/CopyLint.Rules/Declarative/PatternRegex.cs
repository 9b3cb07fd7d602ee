using System.Text.RegularExpressions;

namespace CopyLint.Rules.Declarative;

/// <summary>
/// Compiles the regex piece of a pattern step: anchored to the whole token, with a match timeout, and with
/// <see cref="RegexOptions.NonBacktracking"/> unless the expression needs a construct it lacks (lookaround, atomic
/// groups). Backreferences and conditionals are rejected outright, as are over-long or deeply nested expressions.
/// </summary>
public static class PatternRegex
{
    public static bool TryCreate(string pattern, bool caseSensitive, out Regex? regex, out string? error)
    {
        regex = null;
        error = Check(pattern);
        if (error is not null) return false;
        var options = RegexOptions.CultureInvariant | (caseSensitive ? RegexOptions.None : RegexOptions.IgnoreCase);
        var anchored = "^(?:" + pattern + ")$";
        try
        {
            try
            {
                regex = new Regex(anchored, options | RegexOptions.NonBacktracking, DeclarativeLimits.RegexMatchTimeout);
            }
            catch (NotSupportedException)
            {
                regex = new Regex(anchored, options, DeclarativeLimits.RegexMatchTimeout);
            }
            return true;
        }
        catch (ArgumentException ex)
        {
            error = $"Invalid regular expression /{pattern}/: {ex.Message}";
            return false;
        }
    }

    /// <summary>Why the expression is not allowed, or null. Scans escapes and character classes, so "\\1" (a backslash then 1) passes.</summary>
    internal static string? Check(string pattern)
    {
        if (pattern.Length == 0) return "A regular expression must not be empty.";
        if (pattern.Length > DeclarativeLimits.MaxRegexLength)
            return $"Regular expression is {pattern.Length} characters long; the limit is {DeclarativeLimits.MaxRegexLength}. Split it into several pattern steps.";
        int depth = 0, maxDepth = 0;
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                char n = pattern[i + 1];
                if (!inClass && n is >= '1' and <= '9')
                    return $"Backreference '\\{n}' at position {i + 1} is not allowed in rule patterns (they can take exponential time). Match the token again with its own step instead.";
                if (!inClass && n == 'k' && i + 2 < pattern.Length && pattern[i + 2] is '<' or '\'' or '{')
                    return $"Named backreference at position {i + 1} is not allowed in rule patterns.";
                i++;
                continue;
            }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') { inClass = true; if (i + 1 < pattern.Length && pattern[i + 1] == ']') i++; continue; }
            if (c == '(')
            {
                if (i + 2 < pattern.Length && pattern[i + 1] == '?' && pattern[i + 2] == '(')
                    return $"Conditional expression at position {i + 1} is not allowed in rule patterns.";
                depth++;
                maxDepth = Math.Max(maxDepth, depth);
                if (maxDepth > DeclarativeLimits.MaxRegexNesting)
                    return $"Regular expression nests groups more than {DeclarativeLimits.MaxRegexNesting} deep.";
            }
            else if (c == ')') depth = Math.Max(0, depth - 1);
        }
        return null;
    }
}
