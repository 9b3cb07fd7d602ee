using CopyLint.Cli.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CopyLint.Cli.Tests;

public sealed class RulesAndExplainTests
{
    [Fact]
    public void Rules_lists_the_catalogue_as_a_table()
    {
        var r = CliRun.Run("rules");
        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Matches(@"^ID\s+SEVERITY\s+ENABLED\s+CATEGORY\s+TITLE$", lines[0]);
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^CL0001\s+warning\s+yes\s+Attribution\s+Unattributed figure$"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^CL0000\s+warning\s+no\s+Process\s+"));
    }

    [Fact]
    public void Rules_as_json()
    {
        var r = CliRun.RunWithTestRules("rules", "--format", "json");
        var rules = JArray.Parse(r.Out);
        var rule = rules.Single(x => (string)x["id"]! == "CL8003");
        Assert.Equal("error", (string)rule["defaultSeverity"]!);
        Assert.True((bool)rule["enabledByDefault"]!);
        Assert.Equal("Test", (string)rule["category"]!);
        Assert.Equal("Needs a source", (string)rule["title"]!);
    }

    [Fact]
    public void Explain_prints_the_embedded_page_or_the_descriptor()
    {
        var r = CliRun.Run("explain", "cl0001");
        Assert.Equal(0, r.ExitCode);
        Assert.StartsWith("# CL0001", r.Out);
        var page = Docs.RuleDocs.Find("CL0001");
        if (page is not null) Assert.Equal(page.TrimEnd('\n'), r.Out.TrimEnd('\n'));
        else Assert.Contains("Unattributed figure", r.Out);
    }

    [Fact]
    public void Every_rule_page_in_docs_is_embedded()
    {
        var docs = Path.Combine(RepoPaths.Root, "docs", "rules");
        var onDisk = Directory.Exists(docs) ? Directory.GetFiles(docs, "*.md").Select(f => Path.GetFileNameWithoutExtension(f)!).Order().ToList() : [];
        Assert.Equal(onDisk, Docs.RuleDocs.Ids().Order().ToList());
    }

    [Fact]
    public void Explain_unknown_rule_exits_2()
    {
        var r = CliRun.Run("explain", "CL4242");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown rule 'CL4242'", r.Err);
        Assert.Equal("", r.Out);
    }
}
