using System.Text.RegularExpressions;
using CopyLint.Workspace.RulePacks;
using CopyLint.Workspace.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CopyLint.Workspace.Tests.RulePacks;

/// <summary>The worked examples in docs/custom-rules.md load without errors and pass their own examples.</summary>
public sealed partial class CustomRulesDocTests
{
    [GeneratedRegex("```json\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();

    [Fact]
    public void Every_worked_example_loads_and_passes()
    {
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "custom-rules.md"));
        var section = doc[doc.IndexOf("## The six kinds", StringComparison.Ordinal)..doc.IndexOf("## Testing rules", StringComparison.Ordinal)];
        var rules = new JArray();
        foreach (Match m in JsonBlock().Matches(section))
        {
            var token = JToken.Parse(m.Groups[1].Value);
            if (token is JArray many) foreach (var r in many) rules.Add(r);
            else rules.Add(token);
        }
        Assert.Equal(7, rules.Count);
        var pack = new JObject { ["name"] = "docs", ["rules"] = rules };
        var loaded = RulePackLoader.LoadText("custom-rules.md", pack.ToString());
        Assert.Empty(loaded.Errors);
        Assert.Equal(["wordlist", "substitution", "requireAttribution", "requireHedge", "requiredElement", "pattern"],
            loaded.Analyzers.Select(a => Rules.Declarative.DeclarativeRuleCompiler.Name(a.Rule.Kind)).Distinct());
        var outcomes = RuleExampleRunner.Run(loaded.Analyzers);
        Assert.All(outcomes, o => Assert.True(o.Passed, $"{o.RuleId} {(o.IsBad ? "bad" : "good")}[{o.Index}] '{o.Text}': {o.Detail}"));
        Assert.True(outcomes.Count >= 12);
    }
}
