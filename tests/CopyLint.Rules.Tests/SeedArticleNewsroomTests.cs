using CopyLint.Core;
using CopyLint.Core.Text;
using CopyLint.Rules.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CopyLint.Rules.Tests;

/// <summary>
/// rules-spec §7: the seed article (shared/samples/seed-article.txt, read from the shared folder next to the
/// repository, never copied into it) yields no finding from any default-on rule; the spec's mutations of it do.
/// </summary>
public sealed class SeedArticleNewsroomTests(ITestOutputHelper output)
{
    private static string? SeedPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CopyLint.sln"))) dir = dir.Parent;
        if (dir?.Parent is null) return null;
        var path = Path.Combine(dir.Parent.FullName, "shared", "samples", "seed-article.txt");
        return File.Exists(path) ? path : null;
    }

    private string? Seed()
    {
        var path = SeedPath();
        if (path is null) output.WriteLine("SKIPPED: ../shared/samples/seed-article.txt is not present next to the repository.");
        return path is null ? null : File.ReadAllText(path);
    }

    [Fact]
    public void Seed_yields_nothing_from_default_rules()
    {
        if (Seed() is not { } seed) return;
        var result = Linter.Lint(SourceText.From(seed), RuleAssert.Options(), BuiltInRules.All);
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics.Select(d => $"{d.Id} '{seed.Substring(d.Span.Start, d.Span.Length)}': {d.Message}")));
    }

    [Fact]
    public void Dropping_the_closing_tag_leaves_an_unattributed_quote()
    {
        if (Seed() is not { } seed) return;
        var mutated = seed.Replace("increasingly difficult,\u201D he added.", "increasingly difficult.\u201D", StringComparison.Ordinal);
        Assert.NotEqual(seed, mutated);
        Assert.NotEmpty(RuleAssert.Run(mutated, "CL0006"));
    }

    [Fact]
    public void Deleting_a_closing_mark_unbalances_the_quotes()
    {
        if (Seed() is not { } seed) return;
        var mutated = seed.Replace("like cockroaches,\u201D read", "like cockroaches, read", StringComparison.Ordinal);
        Assert.NotEqual(seed, mutated);
        Assert.NotEmpty(RuleAssert.Run(mutated, "CL0007"));
    }

    [Fact]
    public void Numeral_style_is_silent_on_the_seed_when_switched_on()
    {
        if (Seed() is not { } seed) return;
        Assert.Empty(RuleAssert.Run(seed, "CL0010"));
    }
}
