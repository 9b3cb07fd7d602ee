using CopyLint.Core.Syntax;
using CopyLint.Rules.Evidence;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>
/// When does attribution in the previous sentence carry over? When this sentence continues it: it opens with an
/// anaphoric subject (The figure/toll/number, That, This, It, Of those, He/She/They …) or the previous sentence
/// introduces what follows (ends in a colon, or its cue governs a clause that runs on).
/// </summary>
internal static class CarryOver
{
    private static readonly HashSet<string> Openers = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "that", "this", "these", "those", "it", "its", "he", "she", "they", "their", "his", "her", "of", "among", "another",
        "both", "also", "in", "but", "and", "while", "however", "meanwhile", "still", "yet", "then", "such", "so", "overall", "including",
        "we", "our", "i", "there", "according", "some", "most", "many", "all", "each", "only", "nearly", "about", "more", "less",
    };

    public static bool Continues(ProseDocument doc, SentenceNode prev, SentenceNode current, SentenceEvidence previousEvidence)
    {
        var first = doc.TokenText(current.FirstToken);
        if (Openers.Contains(first.ToString())) return true;
        return false;
    }
}
