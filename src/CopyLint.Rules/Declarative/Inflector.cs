namespace CopyLint.Rules.Declarative;

/// <summary>Simple English inflections of a word: -s, -es, -ed, -ing (with final-e, -y and doubled-consonant spellings).</summary>
internal static class Inflector
{
    public static IEnumerable<string> Forms(string word)
    {
        yield return word;
        if (word.Length < 2 || !word.All(char.IsLetter)) yield break;
        char last = char.ToLowerInvariant(word[^1]);
        char before = char.ToLowerInvariant(word[^2]);
        bool sibilant = last is 's' or 'x' or 'z' || word.EndsWith("ch", StringComparison.OrdinalIgnoreCase) || word.EndsWith("sh", StringComparison.OrdinalIgnoreCase);
        if (last == 'y' && !IsVowel(before))
        {
            var stem = word[..^1];
            yield return stem + "ies";
            yield return stem + "ied";
            yield return word + "ing";
            yield break;
        }
        if (last == 'e')
        {
            yield return word + "s";
            yield return word + "d";
            yield return word[..^1] + "ing";
            yield break;
        }
        yield return sibilant ? word + "es" : word + "s";
        yield return word + "ed";
        yield return word + "ing";
        if (word.Length >= 3 && !IsVowel(last) && last is not ('w' or 'x' or 'y') && IsVowel(before) && !IsVowel(char.ToLowerInvariant(word[^3])))
        {
            yield return word + word[^1] + "ed";
            yield return word + word[^1] + "ing";
        }
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
