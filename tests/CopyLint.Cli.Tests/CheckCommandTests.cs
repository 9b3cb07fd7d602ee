using CopyLint.Cli.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CopyLint.Cli.Tests;

public sealed class CheckCommandTests
{
    private const string Flawed = "Officials said the  bridge was very very old.\n";
    private const string Clean = "Officials said the bridge was old.\n";

    [Fact]
    public void Exit_code_is_0_when_clean_and_1_with_findings()
    {
        using var dir = new TempDir();
        Assert.Equal(0, CliRun.RunWithTestRules("check", dir.Write("clean.txt", Clean)).ExitCode);
        Assert.Equal(1, CliRun.RunWithTestRules("check", dir.Write("flawed.txt", Flawed)).ExitCode);
    }

    [Fact]
    public void Fail_on_sets_the_threshold()
    {
        using var dir = new TempDir();
        var warnOnly = dir.Write("w.txt", Flawed);
        Assert.Equal(0, CliRun.RunWithTestRules("check", warnOnly, "--fail-on", "error").ExitCode);
        Assert.Equal(1, CliRun.RunWithTestRules("check", warnOnly, "--fail-on", "info").ExitCode);
        var error = dir.Write("e.txt", "The mayor reportedly resigned.\n");
        Assert.Equal(1, CliRun.RunWithTestRules("check", error, "--fail-on", "error").ExitCode);
    }

    [Theory]
    [InlineData("check", "--format", "yaml", "x.txt")]
    [InlineData("check")]
    [InlineData("check", "--no-such-option", "x.txt")]
    [InlineData("no-such-command")]
    [InlineData("check", "--fail-on", "sometimes", "x.txt")]
    public void Usage_errors_exit_2_with_the_reason_on_stderr(params string[] args)
    {
        var r = CliRun.RunWithTestRules(args);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith("copylint: ", r.Err);
        Assert.Equal("", r.Out);
    }

    [Fact]
    public void Missing_file_exits_2_naming_it()
    {
        using var dir = new TempDir();
        var missing = dir.Combine("nope.txt");
        var r = CliRun.RunWithTestRules("check", missing);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("nope.txt", r.Err);
    }

    [Fact]
    public void Bad_configuration_exits_2_with_file_line_and_column()
    {
        using var dir = new TempDir(rootConfig: false);
        File.WriteAllText(dir.Combine("copylint.json"), "{\n  \"root\": true,\n  \"rules\": { \"CL0001\": \"loud\" }\n}\n");
        var r = CliRun.Run("check", dir.Write("a.txt", Clean));
        Assert.Equal(2, r.ExitCode);
        Assert.Matches(@"copylint\.json:3:\d+", r.Err);
    }

    [Fact]
    public void Text_output_is_compiler_like_with_1_based_positions()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "Intro line.\nOfficials said the  bridge fell.\n");
        var r = CliRun.RunWithTestRules("check", path);
        Assert.Contains($"{path}:2:19: warning CL8001: Use one space between words", r.Out.Split('\n'));
        Assert.DoesNotContain("\u001b[", r.Out); // not a terminal: no colour
    }

    [Fact]
    public void Json_output_follows_the_contract()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "Über alles.\r\nOfficials said the  bridge fell.\r\n");
        var r = CliRun.RunWithTestRules("check", "--format", "json", path);
        Assert.Equal(1, r.ExitCode);
        var root = JObject.Parse(r.Out);
        Assert.Equal(1, (int)root["version"]!);
        var file = Assert.Single((JArray)root["files"]!);
        Assert.Equal(path, (string)file["path"]!);
        var d = Assert.Single((JArray)file["diagnostics"]!);
        Assert.Equal("CL8001", (string)d["ruleId"]!);
        Assert.Equal("warning", (string)d["severity"]!);
        Assert.Equal("Use one space between words", (string)d["message"]!);
        Assert.Equal(1, (int)d["range"]!["start"]!["line"]!);
        Assert.Equal(18, (int)d["range"]!["start"]!["character"]!);
        Assert.Equal(1, (int)d["range"]!["end"]!["line"]!);
        Assert.Equal(20, (int)d["range"]!["end"]!["character"]!);
    }

    [Fact]
    public void Json_from_stdin_uses_the_stdin_filename()
    {
        var r = CliRun.RunWith(TestRules.All, "It was very very late.\n", "check", "-", "--format", "json", "--stdin-filename", "draft.md");
        Assert.Equal(1, r.ExitCode);
        var file = Assert.Single((JArray)JObject.Parse(r.Out)["files"]!);
        Assert.Equal("draft.md", (string)file["path"]!);
        Assert.Equal("CL8002", (string)file["diagnostics"]![0]!["ruleId"]!);
    }

    [Fact]
    public void Sarif_output_has_the_required_fields_and_1_based_regions()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "Intro line.\nOfficials said the  bridge fell very very fast.\n");
        var r = CliRun.RunWithTestRules("check", "--format", "sarif", path);
        Assert.Equal(1, r.ExitCode);
        var root = JObject.Parse(r.Out);
        Assert.Equal("2.1.0", (string)root["version"]!);
        Assert.NotNull(root["$schema"]);
        var run = Assert.Single((JArray)root["runs"]!);
        var driver = run["tool"]!["driver"]!;
        Assert.Equal("CopyLint", (string)driver["name"]!);
        var rules = (JArray)driver["rules"]!;
        var rule = rules.Single(x => (string)x["id"]! == "CL8001");
        Assert.Equal("DoubleSpace", (string)rule["name"]!);
        Assert.Equal("Double space", (string)rule["shortDescription"]!["text"]!);
        Assert.Equal("Spaces <between> words & such.", (string)rule["fullDescription"]!["text"]!);
        Assert.EndsWith("/docs/rules/CL8001.md", (string)rule["helpUri"]!);
        Assert.Equal("warning", (string)rule["defaultConfiguration"]!["level"]!);
        Assert.Equal("error", (string)rules.Single(x => (string)x["id"]! == "CL8003")["defaultConfiguration"]!["level"]!);

        var results = (JArray)run["results"]!;
        Assert.Equal(2, results.Count);
        var first = results[0]!;
        Assert.Equal("CL8001", (string)first["ruleId"]!);
        Assert.Equal("warning", (string)first["level"]!);
        Assert.Equal(rules.IndexOf(rule), (int)first["ruleIndex"]!);
        Assert.Equal("Use one space between words", (string)first["message"]!["text"]!);
        var loc = first["locations"]![0]!["physicalLocation"]!;
        Assert.EndsWith("/a.txt", (string)loc["artifactLocation"]!["uri"]!);
        var region = loc["region"]!;
        Assert.Equal(2, (int)region["startLine"]!);
        Assert.Equal(19, (int)region["startColumn"]!);
        Assert.Equal(2, (int)region["endLine"]!);
        Assert.Equal(21, (int)region["endColumn"]!);
        Assert.Equal(30, (int)region["charOffset"]!);
        Assert.Equal(2, (int)region["charLength"]!);
        Assert.Null(first["baselineState"]);
    }

    [Fact]
    public void Github_output_is_workflow_commands_with_escaped_properties()
    {
        using var dir = new TempDir();
        var path = dir.Write("a,b.txt", "Intro.\nThe mayor reportedly quit.\n");
        var r = CliRun.RunWithTestRules("check", "--format", "github", path);
        Assert.Equal(1, r.ExitCode);
        var line = Assert.Single(r.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var file = path.Replace(",", "%2C").Replace(":", "%3A");
        Assert.Equal($"::error file={file},line=2,col=11,endLine=2,endColumn=20,title=CL8003%3A Needs a source::Say who reported it (https://github.com/copylint/copylint/blob/main/docs/rules/CL8003.md)", line);
    }

    [Fact]
    public void Github_escaping_follows_the_workflow_command_rules()
    {
        Assert.Equal("50%25 up%0D%0Anext", Output.GithubReport.EscapeData("50% up\r\nnext"));
        Assert.Equal("a%3Ab%2Cc%25%0A", Output.GithubReport.EscapeProperty("a:b,c%\n"));
    }

    [Fact]
    public void Large_runs_stream_in_batches_and_keep_input_order()
    {
        using var dir = new TempDir();
        int n = Commands.LintInputs.BatchSize * 2 + 5;
        for (int i = 0; i < n; i++) dir.Write($"d/{i:D3}.txt", i % 10 == 0 ? "It was very very late.\n" : "Fine copy.\n");
        var r = CliRun.RunWithTestRules("check", dir.Combine("d"), "--format", "json");
        Assert.Equal(1, r.ExitCode);
        var files = (JArray)JObject.Parse(r.Out)["files"]!;
        Assert.Equal(n, files.Count);
        Assert.Equal(Enumerable.Range(0, n).Select(i => $"{i:D3}.txt"), files.Select(f => Path.GetFileName((string)f["path"]!)));
        Assert.Equal(Enumerable.Range(0, n).Select(i => i % 10 == 0 ? 1 : 0), files.Select(f => ((JArray)f["diagnostics"]!).Count));
        var sarif = JObject.Parse(CliRun.RunWithTestRules("check", dir.Combine("d"), "--format", "sarif").Out);
        Assert.Equal((n + 9) / 10, ((JArray)sarif["runs"]![0]!["results"]!).Count);
    }
}
