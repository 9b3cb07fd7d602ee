namespace CopyLint.Core.Parsing;

/// <summary>Read-only access to the number grammar's vocabulary for rules.</summary>
public static class NumberWordsPublic
{
    public static bool IsNumberWord(ReadOnlySpan<char> word) => NumberWords.IsNumberWord(word, out _) || NumberWords.VagueLookup.ContainsKey(word);
}
