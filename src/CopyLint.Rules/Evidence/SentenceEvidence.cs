using CopyLint.Core.Text;

namespace CopyLint.Rules.Evidence;

/// <summary>What was found in reach of a claim: the cue and where it is.</summary>
public readonly record struct SentenceEvidence(EvidenceKind Kind, TextSpan Span, string Cue);

public enum EvidenceKind
{
    None,
    Attribution,
    Hedge,
    Disclaimer,
    QuoteSpeaker,
    CarriedOver,
}
