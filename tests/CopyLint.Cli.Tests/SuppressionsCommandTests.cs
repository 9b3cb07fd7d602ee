using CopyLint.Cli.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CopyLint.Cli.Tests;

public sealed class SuppressionsCommandTests
{
    private const string Markdown =
        "# Título\r\n\r\n<!-- copylint-disable-next-line CL8002: quoting the mayor verbatim -->\r\nIt was very very late.\r\n\r\n" +
        "<!-- copylint-disable-next-line CL8001 -->\r\nThe  council met.\r\n";

    [Fact]
    public void Lists_suppressions_with_reason_file_and_line()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.md", Markdown, bom: true);
        var r = CliRun.RunWithTestRules("suppressions", path);
        Assert.Equal(0, r.ExitCode);
        var lines = r.Out.Split('\n');
        Assert.Contains($"{path}:3:1: disable-next-line CL8002: quoting the mayor verbatim", lines);
        Assert.Contains($"{path}:6:1: disable-next-line CL8001: no reason given", lines);
        Assert.Contains("2 suppression(s) in 1 file(s); 1 without a reason.", r.Out);
    }

    [Fact]
    public void A_missing_reason_fails_when_required_by_option_or_configuration()
    {
        using var dir = new TempDir(rootConfig: false);
        var path = dir.Write("a.md", Markdown);
        Assert.Equal(1, CliRun.RunWithTestRules("suppressions", path, "--require-reason").ExitCode);
        File.WriteAllText(dir.Combine("copylint.json"), "{ \"root\": true, \"requireSuppressionReason\": true }");
        var r = CliRun.RunWithTestRules("suppressions", path, "--format", "json");
        Assert.Equal(1, r.ExitCode);
        var list = (JArray)JObject.Parse(r.Out)["suppressions"]!;
        Assert.Equal(2, list.Count);
        Assert.Equal("quoting the mayor verbatim", (string?)list[0]!["reason"]);
        Assert.Equal(JTokenType.Null, list[1]!["reason"]!.Type);
        Assert.Equal(6, (int)list[1]!["line"]!);

        // check reports the reasonless suppression itself (CL0000) when configured.
        var check = CliRun.RunWithTestRules("check", path, "--format", "json");
        var ids = ((JArray)JObject.Parse(check.Out)["files"]![0]!["diagnostics"]!).Select(d => (string)d["ruleId"]!).ToList();
        Assert.Equal(["CL0000"], ids);
    }
}
