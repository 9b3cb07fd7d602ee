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
}
