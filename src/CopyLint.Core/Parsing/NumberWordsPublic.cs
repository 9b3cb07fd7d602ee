namespace CopyLint.Core.Parsing;

/// <summary>Read-only access to the number grammar's vocabulary for rules.</summary>
public static class NumberWordsPublic
{
    public static bool IsNumberWord(string word) => NumberWords.IsNumberWord(word, out _) || NumberWords.Vague.ContainsKey(word);
}
