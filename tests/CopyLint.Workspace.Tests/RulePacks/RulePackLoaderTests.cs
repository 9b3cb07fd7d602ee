using CopyLint.Workspace.RulePacks;
using CopyLint.Workspace.Configuration;
using CopyLint.Workspace.Tests.Infrastructure;

namespace CopyLint.Workspace.Tests.RulePacks;

public sealed class RulePackLoaderTests
{
    private static LoadedRules Load(string json) => RulePackLoader.LoadText("pack.json", json);

    private static ConfigError SingleError(LoadedRules r) => Assert.Single(r.Errors);

    [Fact]
    public void Loads_every_kind()
    {
        var r = Load("""
            {
              "name": "desk",
              "rules": [
                { "id": "DESK001", "kind": "wordlist", "terms": ["utilize"], "inflections": true },
                { "id": "DESK002", "kind": "substitution", "replacements": [{ "find": "per cent", "replace": "percent" }] },
                { "id": "DESK003", "kind": "requireAttribution", "terms": ["poll shows"] },
                { "id": "DESK004", "kind": "requireHedge", "terms": ["massacre"] },
                { "id": "DESK005", "kind": "requiredElement", "element": "frontMatter", "key": "slug" },
                { "id": "DESK006", "kind": "pattern", "patterns": [["very", "/unique/", { "any": true, "optional": true }]] }
              ]
            }
            """);
        Assert.Empty(r.Errors);
        Assert.Equal(["DESK001", "DESK002", "DESK003", "DESK004", "DESK005", "DESK006"], r.Analyzers.Select(a => a.Rule.Id));
        Assert.All(r.Analyzers, a => Assert.Equal("pack.json", a.Rule.Source));
    }

    [Fact]
    public void Syntax_errors_have_line_and_column()
    {
        var e = SingleError(Load("{\n  \"name\": \"desk\",\n  \"rules\": [\n    { \"id\": \"DESK001\" \"kind\": \"wordlist\" }\n  ]\n}"));
        Assert.Equal("pack.json", e.File);
        Assert.Equal(4, e.Line);
        Assert.InRange(e.Column, 18, 22);
    }

    [Fact]
    public void A_bad_rule_is_skipped_and_its_neighbours_load()
    {
        var r = Load("""
            {
              "name": "desk",
              "rules": [
                { "id": "DESK001", "kind": "wordlist", "terms": ["utilize"] },
                { "id": "DESK002", "kind": "wordlist", "terms": ["x"], "severity": "loud" },
                { "id": "DESK003", "kind": "wordlist", "terms": ["synergy"] }
              ]
            }
            """);
        Assert.Equal(["DESK001", "DESK003"], r.Analyzers.Select(a => a.Rule.Id));
        var e = SingleError(r);
        Assert.Equal(5, e.Line);
        Assert.Contains("\"severity\"", e.Message);
        Assert.Contains("\"error\", \"warning\", \"info\", \"hint\"", e.Message);
    }

    [Theory]
    [InlineData("{ \"id\": \"CL0100\", \"kind\": \"wordlist\", \"terms\": [\"x\"] }", "reserved")]
    [InlineData("{ \"id\": \"DESK001\", \"kind\": \"wordlists\", \"terms\": [\"x\"] }", "Unknown kind \"wordlists\"")]
    [InlineData("{ \"id\": \"DESK001\", \"kind\": \"wordlist\", \"terms\": [\"x\"], \"colour\": 1 }", "Unknown key \"colour\"")]
    [InlineData("{ \"id\": \"DESK001\", \"kind\": \"wordlist\", \"terms\": [\"x\"], \"element\": \"dateline\" }", "does not apply to wordlist")]
    [InlineData("{ \"kind\": \"wordlist\", \"terms\": [\"x\"] }", "missing \"id\"")]
    [InlineData("{ \"id\": \"DESK001\", \"kind\": \"substitution\", \"replacements\": [{ \"find\": \"a\" }] }", "missing \"replace\"")]
    [InlineData("{ \"id\": \"DESK001\", \"kind\": \"requiredElement\", \"element\": \"footer\" }", "Unknown element \"footer\"")]
    [InlineData("{ \"id\": \"DESK001\", \"kind\": \"wordlist\", \"terms\": [\"x\"], \"message\": \"see {word}\" }", "Unknown placeholder {word}")]
    [InlineData("{ \"id\": \"DESK001\", \"kind\": \"wordlist\", \"terms\": [\"x\"], \"helpUri\": \"not a uri\" }", "absolute URI")]
    [InlineData("{ \"id\": \"DESK001\", \"kind\": \"wordlist\", \"terms\": [\"x\"], \"scopes\": { \"footnotes\": true } }", "Unknown key \"footnotes\"")]
    public void Rule_errors_say_what_was_expected_at_the_rule_line(string rule, string expected)
    {
        var r = Load("{\n  \"name\": \"desk\",\n  \"rules\": [\n" + rule + "\n  ]\n}");
        Assert.Empty(r.Analyzers);
        var e = Assert.Single(r.Errors);
        Assert.Equal(4, e.Line);
        Assert.True(e.Column >= 1);
        Assert.Contains(expected, e.Message);
    }

    [Fact]
    public void Backreference_is_reported_at_the_pattern_step()
    {
        var r = Load("{\n  \"name\": \"desk\",\n  \"rules\": [{\n    \"id\": \"DESK001\", \"kind\": \"pattern\",\n    \"patterns\": [[\"the\",\n      \"/(\\\\w+)\\\\1/\"]]\n  }]\n}");
        var e = SingleError(r);
        Assert.Equal(6, e.Line);
        Assert.Contains("Backreference", e.Message);
        Assert.Contains("patterns[0][1]", e.Message);
    }

    [Fact]
    public void Deep_nesting_is_an_error_not_a_crash()
    {
        var json = "{\"name\": \"deep\", \"rules\": [" + new string('[', 100_000) + new string(']', 100_000) + "]}";
        var e = SingleError(Load(json));
        Assert.Contains("nests deeper", e.Message);
        Assert.Equal(1, e.Line);
    }

    [Fact]
    public void Pack_level_problems()
    {
        Assert.Contains("must be an object", SingleError(Load("[1, 2]")).Message);
        Assert.Contains("needs \"rules\"", Load("{\"name\": \"x\"}").Errors.Single().Message);
        Assert.Contains("Unknown key \"rule\"", Load("{\"name\": \"x\", \"rules\": [], \"rule\": []}").Errors.Single().Message);
        Assert.Contains("Additional text", SingleError(Load("{\"name\": \"x\", \"rules\": []} {}")).Message);
        Assert.Contains("Duplicate", SingleError(Load("{\"name\": \"x\", \"name\": \"y\", \"rules\": []}")).Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Duplicate_ids_keep_the_first()
    {
        var r = Load("""{"name": "x", "rules": [{"id": "DESK001", "kind": "wordlist", "terms": ["a"]}, {"id": "DESK001", "kind": "wordlist", "terms": ["b"]}]}""");
        Assert.Equal(["a"], Assert.Single(r.Analyzers).Rule.Terms);
        Assert.Contains("already defined", SingleError(r).Message);
    }

    [Fact]
    public void Folders_load_every_pack_and_missing_paths_are_errors()
    {
        using var tmp = new TempFolder();
        tmp.Write("packs/a.json", """{"name": "a", "rules": [{"id": "DESK001", "kind": "wordlist", "terms": ["a"]}]}""");
        tmp.Write("packs/sub/b.json", """{"name": "b", "rules": [{"id": "DESK002", "kind": "wordlist", "terms": ["b"]}]}""");
        tmp.Write("packs/c.json", "{ not json");
        var r = RulePackLoader.LoadPath(Path.Combine(tmp.Path, "packs"));
        Assert.Equal(["DESK001", "DESK002"], r.Analyzers.Select(a => a.Rule.Id).Order());
        Assert.EndsWith("c.json", SingleError(r).File);
        var missing = RulePackLoader.LoadPath(Path.Combine(tmp.Path, "nowhere"));
        Assert.Contains("not found", SingleError(missing).Message);
    }

    [Fact]
    public void Inline_custom_rules_report_lines_of_copylint_json()
    {
        using var tmp = new TempFolder();
        var path = tmp.Write("copylint.json", "{\n  \"root\": true,\n  \"customRules\": [\n    { \"id\": \"DESK001\", \"kind\": \"wordlist\", \"terms\": [\"a\"] },\n    { \"id\": \"DESK002\", \"kind\": \"wordlist\", \"terms\": 7 }\n  ]\n}\n");
        var config = ConfigLoader.LoadFor(tmp.Path);
        Assert.Equal(path, config.InlineRulesPath);
        var r = RulePackLoader.LoadFor(config, includeShipped: false);
        Assert.Equal("DESK001", Assert.Single(r.Analyzers).Rule.Id);
        var e = SingleError(r);
        Assert.Equal(path, e.File);
        Assert.Equal(5, e.Line);
        Assert.Contains("\"terms\"", e.Message);
    }

    [Fact]
    public void A_huge_word_list_loads_and_one_over_the_limit_is_refused()
    {
        static string Pack(int n) => "{\"name\": \"big\", \"rules\": [{\"id\": \"DESK001\", \"kind\": \"wordlist\", \"terms\": [" +
            string.Join(",", Enumerable.Range(0, n).Select(i => "\"w" + i + "\"")) + "]}]}";
        var ok = Load(Pack(Rules.Declarative.DeclarativeLimits.MaxTerms));
        Assert.Empty(ok.Errors);
        Assert.Single(ok.Analyzers);
        var tooMany = Load(Pack(Rules.Declarative.DeclarativeLimits.MaxTerms + 1));
        Assert.Empty(tooMany.Analyzers);
        Assert.Contains("at most", SingleError(tooMany).Message);
    }
}
