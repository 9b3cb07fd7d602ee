namespace CopyLint.Rules.Lexicons;

/// <summary>Names of the shipped word lists (files rules/lexicons/&lt;name&gt;.json).</summary>
public static class LexiconNames
{
    public const string ReportingVerbs = "reporting-verbs";
    public const string AttributionPhrases = "attribution-phrases";
    public const string SourceNouns = "source-nouns";
    public const string DocumentSources = "document-sources";
    public const string Hedges = "hedges";
    public const string VerificationDisclaimers = "verification-disclaimers";
    public const string ClaimNouns = "claim-nouns";
    public const string ClaimVerbs = "claim-verbs";
    public const string CasualtyWords = "casualty-words";
    public const string ConflictContext = "conflict-context";
    public const string DisasterContext = "disaster-context";
    public const string CrimePredicates = "crime-predicates";
    public const string CrimeLabels = "crime-labels";
    public const string LegalMarkers = "legal-markers";
    public const string ConflictOutcomes = "conflict-outcomes";
    public const string MediaNouns = "media-nouns";
    public const string DepictionVerbs = "depiction-verbs";
    public const string Months = "months";
    public const string Weekdays = "weekdays";
    public const string UnitNouns = "unit-nouns";
    public const string TimeUnits = "time-units";
    public const string TemporalConnectives = "temporal-connectives";
    public const string ScoreVerbs = "score-verbs";
    public const string NumberIdioms = "number-idioms";
    public const string Outlets = "outlets";
    public const string Pronouns = "pronouns";
    public const string IntentMarkers = "intent-markers";
    public const string DetailDisclaimers = "detail-disclaimers";
}
