using CopyLint.Workspace.Sessions;
using CopyLint.Workspace.Tests.Infrastructure;

namespace CopyLint.Workspace.Tests.Configuration;

/// <summary>copylint.json "lexicons" edits the shipped word lists the built-in rules read, end to end.</summary>
public sealed class LexiconEditsTests
{
    private const string Claim = "By Kim Min-ji\n\nThe suspect {0} stabbed two guards at the gate.\n";

    private static IReadOnlyList<string> Cl0002(string config, string hedge)
    {
        using var tmp = new TempFolder();
        tmp.Write("copylint.json", config);
        var article = tmp.Write("story.txt", string.Format(System.Globalization.CultureInfo.InvariantCulture, Claim, hedge));
        return new LintSession().LintFile(article).Result!.Diagnostics.Where(d => d.Id == "CL0002").Select(d => d.Message).ToList();
    }

    [Fact]
    public void Baseline_the_claim_is_flagged_unless_hedged()
    {
        Assert.NotEmpty(Cl0002("""{ "root": true }""", "then"));
        Assert.Empty(Cl0002("""{ "root": true }""", "allegedly"));
    }

    [Fact]
    public void Add_makes_a_new_hedge_count() =>
        Assert.Empty(Cl0002("""{ "root": true, "lexicons": { "hedges": { "add": ["assertedly"] } } }""", "assertedly"));

    [Fact]
    public void A_plain_list_adds_too() =>
        Assert.Empty(Cl0002("""{ "root": true, "lexicons": { "hedges": ["assertedly"] } }""", "assertedly"));

    [Fact]
    public void Remove_stops_a_shipped_hedge_counting() =>
        Assert.NotEmpty(Cl0002("""{ "root": true, "lexicons": { "hedges": { "remove": ["allegedly"] } } }""", "allegedly"));

    [Fact]
    public void Replace_swaps_the_whole_list()
    {
        const string config = """{ "root": true, "lexicons": { "hedges": { "replace": ["assertedly"] } } }""";
        Assert.Empty(Cl0002(config, "assertedly"));
        Assert.NotEmpty(Cl0002(config, "allegedly"));
    }
}
