namespace CopyLint.Core.Parsing;

/// <summary>Abbreviations whose final period does not end a sentence (or only does before a clear sentence opener).</summary>
internal static class Abbreviations
{
    /// <summary>Titles and month/measure abbreviations: the period never ends the sentence.</summary>
    public static readonly HashSet<string> NeverFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Sen", "Rep", "Gov", "Lt", "Gen", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr",
        "Rev", "Hon", "Pres", "Supt", "Insp", "Det", "Fr", "Msgr", "St", "Mt", "Ft", "No", "Nos", "Vol", "Vols", "pp", "p", "para", "art", "sec",
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "vs", "v", "e.g", "i.e", "approx", "est", "fig", "cf", "ca", "c",
        "Ala", "Ariz", "Ark", "Calif", "Colo", "Conn", "Del", "Fla", "Ga", "Ill", "Ind", "Kan", "Kans", "Ky", "La", "Md", "Mass", "Mich", "Minn",
        "Miss", "Mo", "Mont", "Neb", "Nev", "Okla", "Ore", "Pa", "Penn", "Tenn", "Tex", "Va", "Vt", "Wash", "Wis", "Wyo",
    };

    /// <summary>Abbreviations that may end a sentence: a period after them ends it only before a clear sentence opener.</summary>
    public static readonly HashSet<string> MaybeFinal = new(StringComparer.OrdinalIgnoreCase)
    {
        "Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "etc", "Bros", "Ave", "Blvd", "Rd", "Plc", "LLC", "Dept", "Univ", "a.m", "p.m", "U.S", "U.K", "U.N", "E.U",
    };

    /// <summary>Words that clearly open a new sentence after an ambiguous abbreviation.</summary>
    public static readonly HashSet<string> SentenceOpeners = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "He", "She", "It", "They", "We", "I", "But", "In", "On", "This", "That", "These", "Those", "His", "Her",
        "Their", "Its", "There", "And", "Yet", "So", "However", "Meanwhile", "Some", "Many", "At", "As", "After", "Before", "When", "While",
    };
}
