using CopyLint.Cli.Commands;
using CopyLint.Cli.Output;
using CopyLint.Workspace.RulePacks;
using CopyLint.Workspace.Sessions;
using Newtonsoft.Json.Linq;

namespace CopyLint.Cli.Tests.DeskRules;

/// <summary>Desk rules through the CLI: JSON output, test-rules and init.</summary>
public sealed class DeskRulesCliTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "copylint-cli-" + Guid.NewGuid().ToString("N"));

    public DeskRulesCliTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private string Write(string relative, string text)
    {
        var path = Path.Combine(_dir, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Desk_findings_appear_in_json_output()
    {
        Write("copylint.json", """
            { "root": true, "customRules": [{ "id": "DESK001", "kind": "substitution", "helpUri": "https://example.org/percent",
              "replacements": [{ "find": "per cent", "replace": "percent" }] }] }
            """);
        var article = Write("story.txt", "By Kim Min-ji\n\nPrices rose 4 per cent, the ministry said.\n");
        var results = new LintSession().LintFiles([article]);
        var sw = new StringWriter();
        JsonReport.Write(sw, results);
        var diag = JObject.Parse(sw.ToString())["files"]![0]!["diagnostics"]!.Single(d => (string?)d["ruleId"] == "DESK001");
        Assert.Equal("House style: use 'percent' instead of 'per cent'", (string?)diag["message"]);
        Assert.Equal("https://example.org/percent", (string?)diag["helpUri"]);
        Assert.Equal("warning", (string?)diag["severity"]);
        Assert.Equal(2, (int)diag["range"]!["start"]!["line"]!);
    }

    [Fact]
    public void Test_rules_passes_good_packs_and_fails_bad_examples()
    {
        var good = Write("good.json", StarterFiles.DeskPack);
        var bad = Write("bad.json", """
            { "name": "bad", "rules": [{ "id": "DESK009", "kind": "wordlist", "terms": ["synergy"],
              "examples": { "bad": ["No jargon here."], "good": ["Synergy!"] } }] }
            """);
        var output = new StringWriter();
        Assert.Equal(0, TestRulesCommand.Run(good, quiet: false, output, new StringWriter()));
        Assert.Contains("PASS DESK001 bad[0]", output.ToString());
        output = new StringWriter();
        Assert.Equal(1, TestRulesCommand.Run(bad, quiet: true, output, new StringWriter()));
        Assert.Contains("FAIL DESK009 bad[0]", output.ToString());
        Assert.Contains("FAIL DESK009 good[0]", output.ToString());
        Assert.Contains("0 passed, 2 failed", output.ToString());
    }

    [Fact]
    public void Test_rules_fails_on_rule_errors_and_missing_paths()
    {
        var broken = Write("broken.json", "{ \"name\": \"b\", \"rules\": [{ \"id\": \"CL0009\", \"kind\": \"wordlist\", \"terms\": [\"x\"] }] }");
        var errors = new StringWriter();
        Assert.Equal(1, TestRulesCommand.Run(broken, quiet: false, new StringWriter(), errors));
        Assert.Contains("broken.json:1:", errors.ToString());
        Assert.Equal(2, TestRulesCommand.Run(Path.Combine(_dir, "nope.json"), quiet: false, new StringWriter(), new StringWriter()));
    }

    [Fact]
    public void Test_rules_reads_custom_rules_from_copylint_json()
    {
        var config = Write("copylint.json", """
            { "root": true, "customRules": [{ "id": "DESK001", "kind": "wordlist", "terms": ["synergy"], "examples": { "bad": ["Synergy!"] } }] }
            """);
        var output = new StringWriter();
        Assert.Equal(0, TestRulesCommand.Run(config, quiet: false, output, new StringWriter()));
        Assert.Contains("1 rule(s), 1 example(s): 1 passed", output.ToString());
    }

    [Fact]
    public void Init_writes_a_working_setup_and_refuses_to_overwrite()
    {
        Assert.Equal(0, InitCommand.Run(_dir, new StringWriter(), new StringWriter()));
        Assert.True(File.Exists(Path.Combine(_dir, "copylint.json")));
        Assert.Contains("\"$schema\"", File.ReadAllText(Path.Combine(_dir, "copylint.json")));
        Assert.Equal(0, TestRulesCommand.Run(Path.Combine(_dir, "rules", "desk.json"), quiet: true, new StringWriter(), new StringWriter()));

        var article = Write("story.txt", "By Kim Min-ji\n\nThe council utilized 5 per cent of its budget, officials said.\n");
        var session = new LintSession();
        var ids = session.LintFile(article).Result!.Diagnostics.Select(d => d.Id).ToList();
        Assert.Contains("DESK001", ids);
        Assert.Contains("DESK002", ids);
        Assert.Empty(session.Warnings);

        var before = File.ReadAllText(Path.Combine(_dir, "copylint.json"));
        var errors = new StringWriter();
        Assert.Equal(1, InitCommand.Run(_dir, new StringWriter(), errors));
        Assert.Contains("already exists", errors.ToString());
        Assert.Equal(before, File.ReadAllText(Path.Combine(_dir, "copylint.json")));
    }
}
