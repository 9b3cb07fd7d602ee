namespace CopyLint.Rules.Declarative;

/// <summary>Carries the capitalisation of the matched text over to its replacement ("Per cent" → "Percent", "PER CENT" → "PERCENT").</summary>
internal static class CasePreserver
{
    public static string Apply(ReadOnlySpan<char> matched, string replacement)
    {
        if (replacement.Length == 0) return replacement;
        int letters = 0, upper = 0;
        foreach (var c in matched)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (char.IsUpper(c)) upper++;
        }
        if (letters > 1 && upper == letters) return replacement.ToUpperInvariant();
        int first = matched.IndexOfAnyExcept(' ');
        if (first >= 0 && char.IsUpper(matched[first]) && char.IsLower(replacement[0]))
            return char.ToUpperInvariant(replacement[0]) + replacement[1..];
        return replacement;
    }
}
