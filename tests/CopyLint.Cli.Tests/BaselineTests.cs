using CopyLint.Cli.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CopyLint.Cli.Tests;

public sealed class BaselineTests
{
    private const string Draft = "Héllo desk.\r\nThe  council met.\r\nIt was very very late.\r\nIt was very very late.\r\n";

    [Fact]
    public void Check_with_a_baseline_fails_only_on_new_findings_and_survives_line_shifts()
    {
        using var dir = new TempDir();
        var path = dir.Write("drafts/a.txt", Draft, bom: true);
        var baselineFile = dir.Combine("copylint-baseline.json");
        var b = CliRun.RunWithTestRules("baseline", dir.Combine("drafts"), "-o", baselineFile);
        Assert.Equal(0, b.ExitCode);
        Assert.Contains("Recorded 3 finding(s)", b.Out);
        var json = JObject.Parse(File.ReadAllText(baselineFile));
        Assert.All((JArray)json["entries"]!, e => Assert.Equal("drafts/a.txt", (string)e["path"]!));
        Assert.DoesNotContain("\"line\"", File.ReadAllText(baselineFile));

        // Unchanged: nothing new.
        var same = CliRun.RunWithTestRules("check", path, "--baseline", baselineFile);
        Assert.Equal(0, same.ExitCode);
        Assert.Contains("baseline: 0 new finding(s), 3 unchanged, 0 baseline entries fixed.", same.Out);

        // Lines inserted above and one old finding fixed: still nothing new, one entry fixed.
        dir.Write("drafts/a.txt", "Added intro.\r\n\r\n" + Draft.Replace("The  council", "The council"), bom: true);
        var shifted = CliRun.RunWithTestRules("check", path, "--baseline", baselineFile);
        Assert.Equal(0, shifted.ExitCode);
        Assert.Contains("0 new finding(s), 2 unchanged, 1 baseline entry fixed.", shifted.Out);

        // A third repetition of the same sentence is a new occurrence: new finding, reported alone.
        dir.Write("drafts/a.txt", Draft + "It was very very late.\r\n", bom: true);
        var added = CliRun.RunWithTestRules("check", path, "--baseline", baselineFile, "--format", "json");
        Assert.Equal(1, added.ExitCode);
        var diags = (JArray)JObject.Parse(added.Out)["files"]![0]!["diagnostics"]!;
        var d = Assert.Single(diags);
        Assert.Equal(4, (int)d["range"]!["start"]!["line"]!);
        Assert.Contains("1 new finding(s), 3 unchanged", added.Err);
    }

    [Fact]
    public void Sarif_marks_baseline_state_new_unchanged_and_absent()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "The  council met.\nIt was very very late.\n");
        var baselineFile = dir.Combine("base.json");
        Assert.Equal(0, CliRun.RunWithTestRules("baseline", path, "-o", baselineFile).ExitCode);
        dir.Write("a.txt", "The council met.\nIt was very very late.\nThe mayor reportedly quit.\n");
        var r = CliRun.RunWithTestRules("check", path, "--baseline", baselineFile, "--format", "sarif");
        Assert.Equal(1, r.ExitCode);
        var results = (JArray)JObject.Parse(r.Out)["runs"]![0]!["results"]!;
        var states = results.Select(x => ((string)x["ruleId"]!, (string)x["baselineState"]!)).OrderBy(x => x.Item1).ToList();
        Assert.Equal([("CL8001", "absent"), ("CL8002", "unchanged"), ("CL8003", "new")], states);
    }

    [Fact]
    public void A_malformed_baseline_exits_2_with_its_position()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "Fine.\n");
        var bad = dir.Write("base.json", "{\n  \"entries\": [ { \"path\": 3 } ]\n}\n");
        var r = CliRun.RunWithTestRules("check", path, "--baseline", bad);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("base.json:2:", r.Err);
        var missing = CliRun.RunWithTestRules("check", path, "--baseline", dir.Combine("none.json"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("cannot read baseline", missing.Err);
    }

    [Fact]
    public void Fingerprints_ignore_whitespace_and_markup_but_not_wording()
    {
        var a = Workspace.Baselines.Fingerprints.Compute("CL0001", Workspace.Reports.FindingSentence.Normalize("It  was\r\n late."), 0);
        var b = Workspace.Baselines.Fingerprints.Compute("CL0001", Workspace.Reports.FindingSentence.Normalize("It was late. "), 0);
        var c = Workspace.Baselines.Fingerprints.Compute("CL0001", "It was early.", 0);
        var d = Workspace.Baselines.Fingerprints.Compute("CL0001", "It was late.", 1);
        var e = Workspace.Baselines.Fingerprints.Compute("CL0002", "It was late.", 0);
        Assert.Equal(a, b);
        Assert.Equal(4, new[] { a, c, d, e }.Distinct().Count());
    }
}
