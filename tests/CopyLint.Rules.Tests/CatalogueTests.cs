using System.Text.RegularExpressions;
using CopyLint.Core;
using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Text;
using CopyLint.Rules.Tests.Infrastructure;

namespace CopyLint.Rules.Tests;

/// <summary>
/// The catalogue checks itself: every built-in rule has a unique CL#### ID and a doc page with the required sections,
/// whose Bad examples each produce the rule's finding and whose Good examples produce none; an empty document yields
/// nothing; applying a finding's first fix to a Bad example removes the finding or at least changes the text.
/// </summary>
public sealed partial class CatalogueTests
{
    private static readonly string[] RequiredSections = ["## Cause", "## Why", "## Examples", "### Bad", "### Good", "## Fix", "## Suppress", "## Configure"];

    public static TheoryData<string> RuleIds()
    {
        var data = new TheoryData<string>();
        foreach (var id in BuiltInRules.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).Distinct()) data.Add(id);
        return data;
    }

    [Fact]
    public void Rule_ids_are_unique_and_well_formed()
    {
        var ids = BuiltInRules.All.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToList();
        Assert.All(ids, id => Assert.Matches(IdPattern(), id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Empty_document_yields_nothing()
    {
        var severities = BuiltInRules.Descriptors.ToDictionary(d => d.Id, _ => ReportSeverity.Warning, StringComparer.OrdinalIgnoreCase);
        var result = Linter.Lint(SourceText.From(""), RuleAssert.Options(severities: severities), BuiltInRules.All);
        Assert.Empty(result.Diagnostics);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Doc_page_has_the_required_sections(string id)
    {
        var page = ReadPage(id);
        foreach (var section in RequiredSections)
            Assert.True(Regex.IsMatch(page, "^" + Regex.Escape(section) + @"\s*$", RegexOptions.Multiline), $"docs/rules/{id}.md lacks '{section}'");
        Assert.Contains($"copylint-disable-next-line {id}", page);
        Assert.Contains($"[copylint: ignore {id}", page);
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void Bad_examples_are_flagged_and_good_examples_are_not(string id)
    {
        var page = ReadPage(id);
        var bad = Examples(page, "### Bad");
        var good = Examples(page, "### Good");
        Assert.NotEmpty(bad);
        Assert.NotEmpty(good);
        foreach (var line in bad)
            Assert.True(RuleAssert.Run(line, id).Count > 0, $"{id}: Bad example is not flagged: {line}");
        foreach (var line in good)
        {
            var found = RuleAssert.Run(line, id);
            Assert.True(found.Count == 0, $"{id}: Good example is flagged: {line}\n{string.Join("\n", found.Select(d => d.Message))}");
        }
    }

    [Theory]
    [MemberData(nameof(RuleIds))]
    public void First_fix_removes_the_finding_or_changes_the_text(string id)
    {
        foreach (var line in Examples(ReadPage(id), "### Bad"))
        {
            foreach (var d in RuleAssert.Run(line, id))
            {
                var fix = d.Fixes.FirstOrDefault(f => f.EquivalenceKey is not { } k || !k.StartsWith("suppress:", StringComparison.Ordinal));
                if (fix is null) continue;
                var (text, applied, _) = FixApplier.Apply(SourceText.From(line), [fix]);
                Assert.Equal(1, applied);
                var after = text.ToString();
                bool gone = !RuleAssert.Run(after, id).Any(x => x.Span.Start == d.Span.Start && x.Message == d.Message);
                Assert.True(gone || after != line, $"{id}: fix '{fix.Title}' changes nothing in: {line}");
            }
        }
    }

    /// <summary>The lines of the ```text blocks under a heading (up to the next heading of the same or a higher level).</summary>
    private static List<string> Examples(string page, string heading)
    {
        var lines = page.Replace("\r\n", "\n").Split('\n');
        var result = new List<string>();
        int i = Array.FindIndex(lines, l => l.Trim() == heading);
        if (i < 0) return result;
        bool inBlock = false;
        for (i++; i < lines.Length; i++)
        {
            var l = lines[i];
            if (!inBlock && l.StartsWith('#')) break;
            if (l.StartsWith("```", StringComparison.Ordinal))
            {
                if (!inBlock && l.Trim() != "```text") { inBlock = false; continue; }
                inBlock = !inBlock;
                continue;
            }
            if (inBlock && l.Trim().Length > 0) result.Add(l.Trim());
        }
        return result;
    }

    private static string ReadPage(string id)
    {
        var path = Path.Combine(RepoPaths.Root(), "docs", "rules", id + ".md");
        Assert.True(File.Exists(path), $"Missing doc page docs/rules/{id}.md");
        return File.ReadAllText(path);
    }

    [GeneratedRegex(@"^CL\d{4}$")]
    private static partial Regex IdPattern();
}
