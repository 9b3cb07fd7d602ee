namespace CopyLint.Rules.Lexicons;

/// <summary>Names of the word lists used by the newsroom rules CL0004–CL0011 (files rules/lexicons/&lt;name&gt;.json).</summary>
public static class NewsroomLexiconNames
{
    public const string AnonymousSources = "anonymous-sources";
    public const string AnonymityMarkers = "anonymity-markers";
    public const string AnonymityReasons = "anonymity-reasons";
    public const string AnonymousModifiers = "anonymous-modifiers";
    public const string Insults = "insults";
    public const string WeaselGroups = "weasel-groups";
    public const string WeaselQuantifiers = "weasel-quantifiers";
    public const string WeaselVerbs = "weasel-verbs";
    public const string WeaselImpersonal = "weasel-impersonal";
    public const string WeaselRegard = "weasel-regard";
    public const string WeaselEvidence = "weasel-evidence";
    public const string WeaselEvidenceVerbs = "weasel-evidence-verbs";
    public const string WeaselSupportTypes = "weasel-support-types";
    public const string Superlatives = "superlatives";
    public const string SuperlativeBounds = "superlative-bounds";
    public const string SequenceNouns = "sequence-nouns";
    public const string LoadedLabels = "loaded-labels";
    public const string Puffery = "puffery";
    public const string Editorializing = "editorializing";
    public const string DoubtLabels = "doubt-labels";
    public const string GuiltSpeechVerbs = "guilt-speech-verbs";
    public const string TruthSpeechVerbs = "truth-speech-verbs";
    public const string NonSpeechTags = "non-speech-tags";
    public const string LegalContext = "legal-context";
    public const string RelativeTime = "relative-time";
}
