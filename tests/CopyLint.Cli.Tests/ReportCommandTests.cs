using CopyLint.Cli.Tests.Infrastructure;

namespace CopyLint.Cli.Tests;

public sealed class ReportCommandTests
{
    [Fact]
    public void Html_report_counts_findings_highlights_the_sentence_and_escapes_everything()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "Intro <script>alert(1)</script> & more.\r\nThe mayor reportedly quit “très” fast.\r\nIt was very very late.\r\n", bom: true);
        var output = dir.Combine("report.html");
        var r = CliRun.RunWithTestRules("report", path, "-o", output);
        Assert.Equal(0, r.ExitCode);
        var html = File.ReadAllText(output);
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Contains("<td>CL8003</td><td class=\"error\">error</td><td>1</td>", html);
        Assert.Contains("<td>CL8002</td><td class=\"warning\">warning</td><td>1</td>", html);
        Assert.Contains("<blockquote>The mayor <mark>reportedly</mark> quit “très” fast.</blockquote>", html);
        Assert.Contains("Spaces &lt;between&gt; words &amp; such.", HtmlOf(dir, "Intro  text here.\n"));
    }

    [Fact]
    public void Markdown_report_has_a_count_table_and_bold_highlight()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.md", "# Head\n\nThe mayor reportedly quit *today*.\n");
        var r = CliRun.RunWithTestRules("report", path, "--format", "markdown");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("| CL8003 | error | 1 |", r.Out);
        Assert.Contains("> The mayor **reportedly** quit \\*today\\*.", r.Out);
    }

    private static string HtmlOf(TempDir dir, string text)
    {
        var path = dir.Write("b.txt", text);
        return CliRun.RunWithTestRules("report", path).Out;
    }
}
