using System.Text;
using CopyLint.Cli.Tests.Infrastructure;

namespace CopyLint.Cli.Tests;

public sealed class FixCommandTests
{
    [Fact]
    public void Fix_applies_safe_fixes_and_keeps_crlf_bom_and_non_ascii_text()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "Señora Müller said the  café was “very very” full 😀.\r\nSecond line  stays\r\n", bom: true);
        var r = CliRun.RunWithTestRules("fix", path);
        Assert.Equal(0, r.ExitCode);
        var bytes = File.ReadAllBytes(path);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        Assert.Equal("Señora Müller said the café was “very” full 😀.\r\nSecond line stays\r\n", Encoding.UTF8.GetString(bytes[3..]));
        Assert.Contains("applied 3 fix(es) (CL8001, CL8002)", r.Out);
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp"));
    }

    [Fact]
    public void Fix_repeats_until_stable_when_fixes_overlap()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.md", "# Title\n\nIt was very very very late.\n");
        Assert.Equal(0, CliRun.RunWithTestRules("fix", path).ExitCode);
        Assert.Equal("# Title\n\nIt was very late.\n", File.ReadAllText(path));
    }

    [Fact]
    public void Placeholders_and_unsafe_fixes_are_never_applied()
    {
        using var dir = new TempDir();
        const string text = "The mayor reportedly quit.\n";
        var path = dir.Write("a.txt", text);
        var r = CliRun.RunWithTestRules("fix", path);
        Assert.Equal(0, r.ExitCode);
        Assert.Equal(text, File.ReadAllText(path));
        Assert.Contains("applied 0 fix(es) in 0 of 1 file(s)", r.Err);
    }

    [Fact]
    public void Dry_run_prints_a_unified_diff_and_writes_nothing()
    {
        using var dir = new TempDir();
        const string text = "One.\nTwo.\nThree  words here.\nFour.\n";
        var path = dir.Write("a.txt", text);
        var r = CliRun.RunWithTestRules("fix", "--dry-run", path);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(text, File.ReadAllText(path));
        var name = path.Replace('\\', '/');
        Assert.Equal($"--- {name}\n+++ {name}\n@@ -1,4 +1,4 @@\n One.\n Two.\n-Three  words here.\n+Three words here.\n Four.\n", r.Out);
    }

    [Fact]
    public void Rule_option_limits_the_fixes()
    {
        using var dir = new TempDir();
        var path = dir.Write("a.txt", "It was  very very late.\n");
        Assert.Equal(0, CliRun.RunWithTestRules("fix", "--rule", "CL8002", path).ExitCode);
        Assert.Equal("It was  very late.\n", File.ReadAllText(path));
        var r = CliRun.RunWithTestRules("fix", "--rule", "CL7777", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown rule 'CL7777'", r.Err);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_never_rewritten()
    {
        using var dir = new TempDir();
        var path = dir.Combine("latin1.txt");
        byte[] original = [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, .. Encoding.ASCII.GetBytes(" was very very full.\n")];
        File.WriteAllBytes(path, original);
        var r = CliRun.RunWithTestRules("fix", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("not valid UTF-8", r.Err);
        Assert.Equal(original, File.ReadAllBytes(path));
    }

    [Fact]
    public void Inserted_line_breaks_follow_the_file()
    {
        var text = Core.Text.SourceText.From("A  b.\r\nC.\r\n");
        var fix = Core.Fixes.CodeFix.Replace("split", new Core.Text.TextSpan(1, 2), "\n", isSafe: true);
        var diag = new Core.Diagnostics.Diagnostic(TestRules.DoubleSpace, new Core.Text.TextSpan(1, 2), Core.Diagnostics.DiagnosticSeverity.Warning, "x", fixes: [fix]);
        int calls = 0;
        var outcome = Workspace.Fixing.SafeFixer.Fix(text, t =>
            new Core.Analysis.LintResult(Core.Parsing.ProseParser.Parse(t, Core.Syntax.DocumentKind.PlainText), calls++ == 0 ? [diag] : [], []));
        Assert.Equal("A\r\nb.\r\nC.\r\n", outcome.Fixed.ToString());
    }

    [Theory]
    [InlineData("according to <source>", true)]
    [InlineData("<reason>", true)]
    [InlineData("<full name>", true)]
    [InlineData("a <b>bold</b> move", true)]
    [InlineData("1 < 2 > 0", false)]
    [InlineData("percent", false)]
    [InlineData("<>", false)]
    public void Placeholder_detection(string text, bool expected) =>
        Assert.Equal(expected, Workspace.Fixing.SafeFixer.ContainsPlaceholder(text));
}
