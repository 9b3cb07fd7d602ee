using CopyLint.Workspace.Configuration;
using CopyLint.Workspace.RulePacks;

namespace CopyLint.Workspace.Tests.RulePacks;

public sealed class StarterAndExampleTests
{
    [Fact]
    public void Starter_files_load_without_errors_and_their_examples_pass()
    {
        var (config, errors) = ConfigLoader.Parse("/tmp/x/copylint.json", StarterFiles.Config);
        Assert.Empty(errors);
        Assert.NotNull(config);
        Assert.Equal(["/tmp/x/rules"], config!.RulePacks);
        var pack = RulePackLoader.LoadText("desk.json", StarterFiles.DeskPack);
        Assert.Empty(pack.Errors);
        Assert.NotEmpty(pack.Analyzers);
        var outcomes = RuleExampleRunner.Run(pack.Analyzers);
        Assert.All(outcomes, o => Assert.True(o.Passed, o.Detail));
    }

    [Fact]
    public void Example_runner_reports_examples_that_misbehave()
    {
        var pack = RulePackLoader.LoadText("p.json", """
            { "name": "p", "rules": [{ "id": "DESK001", "kind": "wordlist", "terms": ["synergy"], "enabled": false,
              "examples": { "bad": ["We want synergy.", "We want teamwork."], "good": ["We want teamwork.", "Synergy again."] } }] }
            """);
        var outcomes = RuleExampleRunner.Run(pack.Analyzers);
        Assert.Equal([true, false, true, false], outcomes.Select(o => o.Passed));
        Assert.Equal("expected a finding, got none", outcomes[1].Detail);
        Assert.Contains("'Synergy'", outcomes[3].Detail);
    }
}
