using CopyLint.Core.Diagnostics;
using CopyLint.Workspace.Configuration;
using CopyLint.Workspace.Sessions;
using CopyLint.Workspace.Tests.Infrastructure;

namespace CopyLint.Workspace.Tests.Sessions;

public sealed class LintSessionDeskRulesTests
{
    private const string Pack = """
        {
          "name": "desk",
          "rules": [
            { "id": "DESK001", "kind": "substitution", "description": "House style spells it as one word.",
              "helpUri": "https://example.org/style#percent",
              "replacements": [{ "find": "per cent", "replace": "percent" }] }
          ]
        }
        """;

    [Fact]
    public void Files_get_built_in_and_desk_rules_from_rulePacks_and_customRules()
    {
        using var tmp = new TempFolder();
        tmp.Write("rules/desk.json", Pack);
        tmp.Write("copylint.json", """
            { "root": true, "rulePacks": ["rules"],
              "customRules": [{ "id": "DESK002", "kind": "wordlist", "terms": ["synergy"], "severity": "error" }] }
            """);
        var article = tmp.Write("story.txt", "Prices rose 4 per cent as synergy grew.\n");
        var session = new LintSession();
        var result = session.LintFile(article);
        Assert.Null(result.Error);
        var ids = result.Result!.Diagnostics.Select(d => d.Id).ToList();
        Assert.Contains("DESK001", ids);
        Assert.Contains("DESK002", ids);
        Assert.Contains("CL0003", ids); // built-in rules still run: no byline
        Assert.Equal(DiagnosticSeverity.Error, result.Result.Diagnostics.Single(d => d.Id == "DESK002").Severity);
        Assert.Empty(session.Warnings);

        var descriptors = session.DescriptorsFor(article);
        var desk = descriptors.Single(d => d.Id == "DESK001");
        Assert.Equal("House style spells it as one word.", desk.Description);
        Assert.Equal("https://example.org/style#percent", desk.HelpLinkUri);
        Assert.Contains(descriptors, d => d.Id == "CL0001");
        Assert.Contains(descriptors, d => d.Id == "HOUSE001"); // shipped packs are known (off) so SARIF/hover can describe them
    }

    [Fact]
    public void Pack_errors_become_warnings_and_the_run_goes_on()
    {
        using var tmp = new TempFolder();
        tmp.Write("rules/desk.json", Pack);
        tmp.Write("rules/broken.json", "{ \"name\": \"broken\", \"rules\": [ { \"id\": \"CL0500\", \"kind\": \"wordlist\", \"terms\": [\"x\"] } ] }");
        tmp.Write("copylint.json", """{ "root": true, "rulePacks": ["rules", "missing-folder"] }""");
        var a = tmp.Write("a.txt", "Prices rose 4 per cent.\n");
        var b = tmp.Write("b.txt", "Costs fell 2 per cent.\n");
        var seen = new List<ConfigError>();
        var session = new LintSession(onWarning: e => { lock (seen) seen.Add(e); });
        var results = session.LintFiles([a, b]);
        Assert.All(results, r => Assert.Contains(r.Result!.Diagnostics, d => d.Id == "DESK001"));
        Assert.Equal(2, session.Warnings.Count); // reported once, not once per file
        Assert.Equal(session.Warnings, seen);
        Assert.Contains(session.Warnings, w => w.File.EndsWith("broken.json", StringComparison.Ordinal) && w.Message.Contains("reserved", StringComparison.Ordinal));
        Assert.Contains(session.Warnings, w => w.File.EndsWith("missing-folder", StringComparison.Ordinal));
    }

    [Fact]
    public void Reload_picks_up_an_edited_pack()
    {
        using var tmp = new TempFolder();
        tmp.Write("copylint.json", """{ "root": true, "rulePacks": ["desk.json"] }""");
        tmp.Write("desk.json", """{ "name": "d", "rules": [{ "id": "DESK001", "kind": "wordlist", "terms": ["synergy"] }] }""");
        var article = tmp.Write("story.txt", "We seek synergy and leverage.\n");
        var session = new LintSession();
        Assert.Contains("'synergy'", session.LintFile(article).Result!.Diagnostics.Single(d => d.Id == "DESK001").Message);
        tmp.Write("desk.json", """{ "name": "d", "rules": [{ "id": "DESK001", "kind": "wordlist", "terms": ["leverage"] }] }""");
        Assert.Contains("'synergy'", session.LintFile(article).Result!.Diagnostics.Single(d => d.Id == "DESK001").Message); // cached
        session.Reload();
        Assert.Contains("'leverage'", session.LintFile(article).Result!.Diagnostics.Single(d => d.Id == "DESK001").Message);
    }

    [Fact]
    public void Reload_picks_up_an_edited_configuration_for_files_of_the_same_folder()
    {
        using var tmp = new TempFolder();
        tmp.Write("copylint.json", """{ "root": true }""");
        var one = tmp.Write("one.txt", "About 500 people died.\n");
        var two = tmp.Write("two.txt", "About 600 people died.\n");
        var session = new LintSession();
        Assert.Contains(session.LintFile(one).Result!.Diagnostics, d => d.Id == "CL0001");
        tmp.Write("copylint.json", """{ "root": true, "rules": { "CL0001": "off" } }""");
        Assert.Contains(session.LintFile(two).Result!.Diagnostics, d => d.Id == "CL0001"); // cached per folder
        session.Reload();
        Assert.DoesNotContain(session.LintFile(two).Result!.Diagnostics, d => d.Id == "CL0001");
        Assert.DoesNotContain(session.LintFile(one).Result!.Diagnostics, d => d.Id == "CL0001");
    }

    [Fact]
    public void Configs_with_the_same_rules_share_one_driver()
    {
        var session = new LintSession();
        var one = new ProjectConfig { RulePacks = [] };
        var two = new ProjectConfig { RulePacks = [], RequireSuppressionReason = true };
        Assert.Same(session.DriverFor(one), session.DriverFor(two));
    }

    [Fact]
    public void Shipped_pack_is_off_until_configured()
    {
        using var tmp = new TempFolder();
        var article = tmp.Write("story.txt", "By Kim Min-ji\n\nPrices rose 4 per cent, the ministry said.\n");
        tmp.Write("copylint.json", """{ "root": true }""");
        Assert.DoesNotContain(new LintSession().LintFile(article).Result!.Diagnostics, d => d.Id.StartsWith("HOUSE", StringComparison.Ordinal));
        tmp.Write("copylint.json", """{ "root": true, "rules": { "HOUSE001": "warning" } }""");
        var d = Assert.Single(new LintSession().LintFile(article).Result!.Diagnostics, d => d.Id == "HOUSE001");
        Assert.Equal(DiagnosticSeverity.Warning, d.Severity);
    }

    [Fact]
    public void MayRunUnder_agrees_with_the_compiled_shipped_rules()
    {
        var shipped = CopyLint.Workspace.RulePacks.ShippedRulePacks.All;
        Assert.Empty(shipped.Errors);
        Assert.NotEmpty(shipped.Analyzers);
        Assert.Equal(shipped.Analyzers.Any(a => a.Descriptor.IsEnabledByDefault), CopyLint.Workspace.RulePacks.ShippedRulePacks.MayRunUnder(ProjectConfig.Empty));
        foreach (var a in shipped.Analyzers)
        {
            var on = ProjectConfig.Empty with { Severities = new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase) { [a.Rule.Id.ToLowerInvariant()] = ReportSeverity.Hint } };
            Assert.True(CopyLint.Workspace.RulePacks.ShippedRulePacks.MayRunUnder(on), a.Rule.Id);
        }
    }

    [Fact]
    public void One_session_runs_a_shipped_rule_in_the_folder_that_enables_it_only()
    {
        // Both folders name the same (no) packs, so they share compiled desk rules; the driver of the folder that
        // leaves the shipped rules off does not carry them, the other's must.
        using var tmp = new TempFolder();
        tmp.Write("off/copylint.json", """{ "root": true }""");
        tmp.Write("on/copylint.json", """{ "root": true, "rules": { "HOUSE001": "warning" } }""");
        const string Text = "By Kim Min-ji\n\nPrices rose 4 per cent, the ministry said.\n";
        var off = tmp.Write("off/story.txt", Text);
        var on = tmp.Write("on/story.txt", Text);
        var session = new LintSession();
        Assert.DoesNotContain(session.LintFile(off).Result!.Diagnostics, d => d.Id.StartsWith("HOUSE", StringComparison.Ordinal));
        Assert.Single(session.LintFile(on).Result!.Diagnostics, d => d.Id == "HOUSE001");
        Assert.Contains(session.DescriptorsFor(off), d => d.Id == "HOUSE001");
        Assert.Equal(session.DescriptorsFor(off).Select(d => d.Id), session.DescriptorsFor(on).Select(d => d.Id));
        Assert.Empty(session.Warnings);
    }

    [Fact]
    public void A_desk_copy_of_a_shipped_rule_overrides_it()
    {
        using var tmp = new TempFolder();
        tmp.Write("copylint.json", """
            { "root": true, "customRules": [{ "id": "HOUSE001", "kind": "substitution", "replacements": [{ "find": "per cent", "replace": "pct" }] }] }
            """);
        var article = tmp.Write("story.txt", "Prices rose 4 per cent, the ministry said.\n");
        var session = new LintSession();
        var d = Assert.Single(session.LintFile(article).Result!.Diagnostics, d => d.Id == "HOUSE001");
        Assert.Contains("'pct'", d.Message);
        Assert.Empty(session.Warnings);
    }

    [SharedSampleFact("seed-article.txt")]
    public void Shipped_pack_does_not_fire_on_the_seed_article()
    {
        var seed = RepoPaths.SharedSample("seed-article.txt")!;
        var session = new LintSession(fixedConfig: ProjectConfig.Empty);
        var result = session.LintFile(seed);
        Assert.DoesNotContain(result.Result!.Diagnostics, d => d.Id.StartsWith("HOUSE", StringComparison.Ordinal));
        Assert.Empty(session.Warnings);
    }
}
