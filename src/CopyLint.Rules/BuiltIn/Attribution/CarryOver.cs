using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Rules.Evidence;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>
/// When does attribution in the previous sentence of the paragraph carry over? Reported speech often runs over
/// several sentences, so it does by default — except when the sentence opens with its figure ("At least 120 people
/// are dead."), which states a new fact and needs the attribution restated (AP), unless it opens anaphorically
/// ("That figure …", "Of those, 20 …").
/// </summary>
internal static class CarryOver
{
    private static readonly HashSet<string> Anaphora = new(StringComparer.OrdinalIgnoreCase)
    {
        "that", "this", "these", "those", "it", "its", "he", "she", "they", "his", "her", "their", "of", "among", "such", "both",
    };

    private static readonly HashSet<string> AnaphoricHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        "figure", "figures", "toll", "number", "numbers", "total", "tally", "count", "estimate", "estimates", "data", "report", "survey",
        "poll", "study", "analysis", "statement", "ministry", "agency", "police", "company", "group", "department", "government", "official",
        "officials", "spokesman", "spokeswoman", "spokesperson", "report's", "same", "latest", "new", "rest", "remainder", "remaining", "majority",
    };

    /// <summary>"At least 120 people are dead." — a sentence that opens with its figure states a new fact.</summary>
    private static bool OpensWithFigure(ProseDocument doc, SentenceNode s)
    {
        int k = doc.FirstNumberOfSentence(s.Index);
        return k >= 0 && doc.Numbers[k].FirstToken <= s.FirstToken + 1;
    }

    public static bool Continues(ProseDocument doc, SentenceNode prev, SentenceNode current, SentenceEvidence previousEvidence)
    {
        if (!OpensWithFigure(doc, current)) return true;
        var first = doc.TokenString(current.FirstToken);
        if (Anaphora.Contains(first)) return true;
        if (first.Equals("The", StringComparison.OrdinalIgnoreCase))
            for (int k = current.FirstToken + 1; k < Math.Min(current.EndToken, current.FirstToken + 3); k++)
                if (AnaphoricHeads.ContainsWord(doc.TokenText(k))) return true;
        return false;
    }
}
