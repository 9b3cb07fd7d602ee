using CopyLint.Cli.Output;

namespace CopyLint.Cli.Tests;

public sealed class UnifiedDiffTests
{
    [Fact]
    public void Identical_texts_give_no_diff() => Assert.Equal("", UnifiedDiff.Create("a\nb\n", "a\nb\n", "x", "x"));

    [Fact]
    public void Distant_changes_get_separate_hunks_and_the_diff_reconstructs_both_texts()
    {
        var oldLines = Enumerable.Range(1, 30).Select(i => $"line {i}").ToList();
        var newLines = oldLines.ToList();
        newLines[2] = "changed 3";
        newLines.Insert(20, "inserted");
        newLines.RemoveAt(27);
        var a = string.Join("\n", oldLines) + "\n";
        var b = string.Join("\n", newLines) + "\n";
        var diff = UnifiedDiff.Create(a, b, "a", "b");
        Assert.Equal(2, diff.Split('\n').Count(l => l.StartsWith("@@")));
        Assert.Equal(b, DiffApplier.Apply(a, diff));
    }

    [Fact]
    public void Missing_final_newline_is_marked()
    {
        var diff = UnifiedDiff.Create("a\nb", "a\nc", "x", "x");
        Assert.Equal("--- x\n+++ x\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+c\n\\ No newline at end of file\n", diff);
    }

    [Fact]
    public void Insertion_into_empty_text_uses_a_zero_range() =>
        Assert.StartsWith("--- x\n+++ x\n@@ -0,0 +1 @@\n+new\n", UnifiedDiff.Create("", "new\n", "x", "x"));
}

/// <summary>Applies a unified diff produced by <see cref="UnifiedDiff"/> (LF texts) to check it describes the change exactly.</summary>
internal static class DiffApplier
{
    public static string Apply(string original, string diff)
    {
        var oldLines = UnifiedDiff.SplitLines(original).Select(l => l.TrimEnd('\r', '\n')).ToList();
        var result = new List<string>();
        int cursor = 0;
        bool newFinalMarker = false, oldFinalMarker = false;
        char previous = ' ';
        var lines = diff.Split('\n');
        for (int i = 2; i < lines.Length; i++)
        {
            var l = lines[i];
            if (l.StartsWith('\\')) { if (previous == '-') oldFinalMarker = true; else newFinalMarker = true; continue; }
            if (l.Length > 0) previous = l[0];
            if (l.StartsWith("@@"))
            {
                var m = System.Text.RegularExpressions.Regex.Match(l, @"^@@ -(\d+)(?:,(\d+))? ");
                int start = int.Parse(m.Groups[1].Value);
                int count = m.Groups[2].Success ? int.Parse(m.Groups[2].Value) : 1;
                int index = count == 0 ? start : start - 1;
                while (cursor < index) result.Add(oldLines[cursor++]);
            }
            else if (l.StartsWith(' ')) { Assert.Equal(oldLines[cursor], l[1..]); result.Add(l[1..]); cursor++; }
            else if (l.StartsWith('-')) { Assert.Equal(oldLines[cursor], l[1..]); cursor++; }
            else if (l.StartsWith('+')) result.Add(l[1..]);
        }
        while (cursor < oldLines.Count) result.Add(oldLines[cursor++]);
        bool endsWithNewline = !newFinalMarker && (oldFinalMarker || original.Length == 0 || original.EndsWith('\n') || original.EndsWith('\r'));
        return string.Join("\n", result) + (result.Count > 0 && endsWithNewline ? "\n" : "");
    }
}
