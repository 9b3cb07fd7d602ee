namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>
/// Word lists read only by CL0001's classifier and evidence (files rules/lexicons/&lt;name&gt;.json). Kept apart from
/// <see cref="Lexicons.LexiconNames"/> so the shared names stay as they are for the other rules.
/// </summary>
internal static class FigureLexicons
{
    /// <summary>Units after a number: a measurement, a specification, a recipe amount or a record of play.</summary>
    public const string MeasureUnits = "measure-units";
    /// <summary>Traded instruments (shares, the dollar, Brent crude, the FTSE …).</summary>
    public const string MarketInstruments = "market-instruments";
    /// <summary>Verbs of a market move or close (rose, fell, closed …).</summary>
    public const string MarketMoves = "market-moves";
    /// <summary>Listing and offer prices ("retails for", "priced at", "per share").</summary>
    public const string PriceCues = "price-cues";
    /// <summary>First-person singular words: the writer's own experience.</summary>
    public const string FirstPerson = "first-person";
    /// <summary>Guidance verbs that attribute a forecast to the name right before them ("Home Depot sees …").</summary>
    public const string ForecastCues = "forecast-cues";
    /// <summary>Time words after a comparison baseline ("from £610m a year earlier").</summary>
    public const string ComparisonAnchors = "comparison-anchors";
    /// <summary>Words before a number that make it an age ("turned 18", "aged 45").</summary>
    public const string AgeWords = "age-verbs";
    /// <summary>Nouns after an amount that make it the size of a deal, fund, award, penalty or levy ("a $9.5bn lifeline").</summary>
    public const string DealNouns = "deal-nouns";
    /// <summary>Verbs of buying and selling: "for $9.3bn" after one of them is a deal price.</summary>
    public const string DealVerbs = "deal-verbs";
    /// <summary>Sport words: a story with several of them is a sports report.</summary>
    public const string SportsWords = "sports-words";
    /// <summary>Words of a company's periodic results that open a results story ("quarterly profits").</summary>
    public const string ResultsLede = "results-lede";
    /// <summary>Kinds of results figure that a results story goes on to detail (sales, revenue, margins …).</summary>
    public const string ResultsNouns = "results-nouns";
    /// <summary>Words that make an amount of money a claim (spent, raised, lost, revenue, the trade gap …).</summary>
    public const string MoneyClaimCues = "money-claim-cues";
    /// <summary>Plural nouns whose count is a public record or a description (nominations, medals, partners).</summary>
    public const string RecordNouns = "record-nouns";
    /// <summary>Set levels (interest rates, limits, caps): a figure after one of them is a decision on the record.</summary>
    public const string PolicyLevels = "policy-levels";
    /// <summary>Units of government and elections (states, primaries, seats): their counts stay claims.</summary>
    public const string CivicUnits = "civic-units";
    /// <summary>Hedges only CL0001 reads ("is understood to", "rumoured", "it is thought").</summary>
    public const string FigureHedges = "figure-hedges";
    /// <summary>What an organisation has as its size (members, subscribers, stores): "has 1.2 million members" is a profile.</summary>
    public const string MembershipNouns = "membership-nouns";
    /// <summary>Words that address the reader ("you", "your"): advice or promotion, not reported fact.</summary>
    public const string SecondPerson = "second-person";
    /// <summary>Rules, entitlements, permissions and offers ("entitled to", "mandating", "has offered"): the figure they introduce is what is set or offered.</summary>
    public const string EntitlementCues = "entitlement-cues";
    /// <summary>Declared results of a vote ("won by", "a margin of", "majority cut to"): the figure they introduce is on the public record.</summary>
    public const string ElectionResults = "election-results";
    /// <summary>Demands, calls and attempts only CL0001 reads ("wanted", "called on", "attempted to"): the figure is an aim, not a fact.</summary>
    public const string FigureIntent = "figure-intent";
    /// <summary>Findings reported by the sentence's named subject ("revealed that", "found that").</summary>
    public const string FindingVerbs = "finding-verbs";
    /// <summary>Passives that name who produced a figure ("identified by", "compiled by").</summary>
    public const string AgentCues = "agent-cues";
    /// <summary>Words between a comparison word and its baseline figure ("from an adjusted 56.4", "than November's nine-year low of 77,000").</summary>
    public const string BaselineModifiers = "baseline-modifiers";
    /// <summary>Named reference points of a comparison ("a nine-year low of", "the March high of").</summary>
    public const string BaselineReferences = "baseline-references";
    /// <summary>Present-tense verbs of an organisation's profile ("has", "operates", "receives"): the count right after one is a profile.</summary>
    public const string ProfileVerbs = "profile-verbs";
    /// <summary>Words before a race time ("winning in", "clocked", "a personal best of").</summary>
    public const string RaceTimeCues = "race-time-cues";
    /// <summary>Events named by their year ("the 1994 genocide"): the sentence tells history.</summary>
    public const string EventNouns = "event-nouns";
    /// <summary>Deal nouns that open a deal's terms ("a deal to supply … with 30,000 SUVs").</summary>
    public const string DealTerms = "deal-terms";
    /// <summary>Marks to pass ("the 40 trillion calculations per second mark", "the seven million barrier").</summary>
    public const string ThresholdNouns = "threshold-nouns";
    /// <summary>Places and organisations whose possessive owns a population or membership ("the country's 1.3 billion people", "the union's 70,000").</summary>
    public const string PlaceNouns = "place-nouns";
    /// <summary>Nouns that count events, not members or stock ("job cuts", "murders", "cases"): a possessed or profile count of them stays a claim.</summary>
    public const string EventCounts = "event-counts";
}
