using CopyLint.Core.Fixes;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>CL0002's fixes: each is offered only where the result stays grammatical.</summary>
internal static class ClaimFixes
{
    private static readonly Dictionary<string, string> DepictionHedges = new(StringComparer.Ordinal)
    {
        ["shows"] = "appears to show", ["showed"] = "appeared to show", ["show"] = "appear to show",
        ["depicts"] = "appears to depict", ["depicted"] = "appeared to depict", ["depict"] = "appear to depict",
        ["reveals"] = "appears to reveal", ["revealed"] = "appeared to reveal",
        ["captures"] = "appears to capture", ["captured"] = "appeared to capture",
        ["features"] = "appears to feature", ["featured"] = "appeared to feature",
    };

    public static IReadOnlyList<CodeFix> For(ProseDocument doc, SentenceNode sentence, ClaimMatch claim)
    {
        var fixes = new List<CodeFix>();
        var word = doc.TokenString(claim.Token);
        switch (claim.Class)
        {
            case ClaimClass.Media:
                if (DepictionHedges.TryGetValue(word, out var hedge))
                    fixes.Add(CodeFix.Replace($"Hedge: '{word}' → '{hedge}'", doc.Tokens[claim.Token].Span, hedge, key: "CL0002.appearsTo"));
                break;
            case ClaimClass.Crime when IsFiniteVerb(word):
                fixes.Add(CodeFix.Insert($"Insert 'allegedly' before '{word}'", doc.Tokens[claim.Token].Span.Start, "allegedly ", key: "CL0002.allegedly"));
                break;
            case ClaimClass.Conflict when IsFiniteVerb(word) || IsParticipleAfterAux(doc, claim.Token, sentence):
                fixes.Add(CodeFix.Insert($"Insert 'reportedly' before '{word}'", doc.Tokens[claim.Token].Span.Start, "reportedly ", key: "CL0002.reportedly"));
                break;
            case ClaimClass.Prenominal:
                break;
        }
        var attribution = CL0001UnattributedFigure.AddAttributionFix(doc, sentence);
        if (attribution is not null) fixes.Add(attribution with { EquivalenceKey = "CL0002.addAttribution" });
        return fixes;
    }

    private static bool IsFiniteVerb(string w) =>
        w.EndsWith("ed", StringComparison.Ordinal) || w is "stole" or "shot" or "beat" or "took" or "struck" or "hit" or "sank" or "blew" or "overran" or "retook" or "lost";

    private static bool IsParticipleAfterAux(ProseDocument doc, int token, SentenceNode s) =>
        token - 1 >= s.FirstToken && doc.TokenString(token - 1) is "was" or "were" or "been" or "had" or "have" or "has";
}
