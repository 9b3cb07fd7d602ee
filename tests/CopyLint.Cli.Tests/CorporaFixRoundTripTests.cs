using CopyLint.Cli.Output;
using CopyLint.Cli.Tests.Infrastructure;
using CopyLint.Core.Analysis;
using CopyLint.Core.Text;
using CopyLint.Rules;
using CopyLint.Workspace.Files;
using CopyLint.Workspace.Fixing;
using CopyLint.Workspace.Sessions;
using Xunit.Abstractions;

namespace CopyLint.Cli.Tests;

/// <summary>
/// Every corpus file (a bounded, evenly spread sample when there are many) goes through what <c>fix --dry-run</c>
/// does, with the built-in rules plus the test rules that have safe fixes: nothing outside the offered fix spans
/// changes, and the printed diff turns the original into the fixed text.
/// </summary>
public sealed class CorporaFixRoundTripTests(ITestOutputHelper output)
{
    private const int MaxFiles = 600;

    [Fact]
    public void Fix_dry_run_changes_nothing_outside_the_fixed_spans()
    {
        var corpora = Path.Combine(RepoPaths.Shared, "corpora");
        if (!Directory.Exists(corpora))
        {
            output.WriteLine($"SKIPPED: {corpora} is absent; the corpus round trip did not run.");
            return;
        }
        var (all, _) = FileSet.Expand([corpora]);
        var step = Math.Max(1, (all.Count + MaxFiles - 1) / MaxFiles);
        var files = all.Where((_, i) => i % step == 0).ToList();
        var session = new LintSession([.. BuiltInRules.All, .. TestRules.All]);
        int changed = 0, fixes = 0;
        foreach (var file in files)
        {
            var result = FileFixer.FixFile(session, file, null, write: false);
            Assert.Null(result.Error);
            var outcome = result.Outcome!;
            foreach (var pass in outcome.Passes) AssertOnlyEditedSpansChanged(file, pass);
            if (!outcome.Changed) continue;
            changed++;
            fixes += outcome.FixesApplied;
            var diff = UnifiedDiff.Create(outcome.Original.ToString(), outcome.Fixed.ToString(), file, file);
            Assert.Equal(Lf(outcome.Fixed.ToString()), DiffApplier.Apply(Lf(outcome.Original.ToString()), Lf(diff)));
        }
        output.WriteLine($"{files.Count} of {all.Count} corpus files; {changed} would change; {fixes} fixes.");
        Assert.True(changed > 0, "the sample should contain some double spaces or repeated words to fix");
    }

    private static string Lf(string s) => s.Replace("\r\n", "\n").Replace('\r', '\n');

    /// <summary>Walks before and after together: every character outside the union of offered edit spans is unchanged.</summary>
    private static void AssertOnlyEditedSpansChanged(string file, FixPass pass)
    {
        var before = pass.Before.ToString();
        var after = pass.After.ToString();
        var edits = pass.OfferedEdits.OrderBy(e => e.Span.Start).ToList();
        // Merge overlapping offered spans into regions; every region in the output must be bounded by identical gaps.
        var regions = new List<TextSpan>();
        foreach (var e in edits)
        {
            if (regions.Count > 0 && e.Span.Start <= regions[^1].End)
                regions[^1] = TextSpan.FromBounds(regions[^1].Start, Math.Max(regions[^1].End, e.Span.End));
            else regions.Add(e.Span);
        }
        int bi = 0, ai = 0;
        for (int k = 0; k < regions.Count; k++)
        {
            var region = regions[k];
            int gap = region.Start - bi;
            Assert.True(string.CompareOrdinal(before, bi, after, ai, gap) == 0, $"{file}: text before offset {region.Start} changed");
            ai += gap;
            // The region became one of the offered replacements, followed by the next unchanged gap.
            int nextStart = k + 1 < regions.Count ? regions[k + 1].Start : before.Length;
            var nextGap = before[region.End..nextStart];
            var match = CandidateReplacements(pass, region).FirstOrDefault(r =>
                ai + r.Length + nextGap.Length <= after.Length &&
                string.CompareOrdinal(after, ai, r, 0, r.Length) == 0 &&
                string.CompareOrdinal(after, ai + r.Length, nextGap, 0, nextGap.Length) == 0);
            Assert.True(match is not null, $"{file}: the edited region at {region} is not one of the offered replacements");
            ai += match!.Length;
            bi = region.End;
        }
        Assert.Equal(before.Length - bi, after.Length - ai);
        Assert.True(string.CompareOrdinal(before, bi, after, ai, before.Length - bi) == 0, $"{file}: the tail after the last fix changed");
    }

    /// <summary>
    /// What a merged region may turn into: for each subset of its non-overlapping edits applied left to right, the
    /// region text with those edits. Regions are small (overlaps are rare), so the subsets are few.
    /// </summary>
    private static List<string> CandidateReplacements(FixPass pass, TextSpan region)
    {
        var inRegion = pass.OfferedEdits.Where(e => region.Contains(e.Span)).OrderBy(e => e.Span.Start).Take(10).ToList();
        var text = pass.Before.ToString(region);
        var results = new List<string>();
        for (int mask = 0; mask < 1 << inRegion.Count; mask++)
        {
            var chosen = inRegion.Where((_, i) => (mask & (1 << i)) != 0).ToList();
            if (chosen.Zip(chosen.Skip(1)).Any(p => p.First.Span.End > p.Second.Span.Start)) continue;
            var sb = new System.Text.StringBuilder();
            int pos = 0;
            foreach (var c in chosen)
            {
                sb.Append(text, pos, c.Span.Start - region.Start - pos).Append(c.NewText);
                pos = c.Span.End - region.Start;
            }
            sb.Append(text, pos, text.Length - pos);
            results.Add(sb.ToString());
        }
        return results.OrderByDescending(s => s.Length).ToList();
    }
}
