using CopyLint.Core.Lexicons;

namespace CopyLint.Core.Tests.Lexicons;

/// <summary>Lists read together are resolved once per lexicon set, and each set keeps its own.</summary>
public sealed class LexiconBundleTests
{
    private sealed record Pair(Lexicon Colours, Lexicon Shapes);

    private static LexiconSet Set() => new([new Lexicon("colours", ["red", "green"]), new Lexicon("shapes", ["circle"])]);

    [Fact]
    public void A_bundle_is_resolved_once_per_set()
    {
        int resolved = 0;
        var bundle = new LexiconBundle<Pair>(set => { resolved++; return new Pair(set["colours"], set["shapes"]); });
        var set = Set();
        var first = bundle.For(set);
        Assert.Same(first, bundle.For(set));
        Assert.Equal(1, resolved);
        Assert.True(first.Colours.Contains("green"));
        Assert.True(first.Shapes.Contains("circle"));
    }

    [Fact]
    public void Each_set_has_its_own_bundle_and_an_edited_set_sees_its_edit()
    {
        var bundle = new LexiconBundle<Pair>(set => new Pair(set["colours"], set["shapes"]));
        var shipped = Set();
        var edited = shipped.With(new Lexicon("colours", ["blue"]));
        Assert.True(bundle.For(shipped).Colours.Contains("red"));
        Assert.True(bundle.For(edited).Colours.Contains("blue"));
        Assert.False(bundle.For(edited).Colours.Contains("red"));
        Assert.Same(bundle.For(shipped).Shapes, bundle.For(edited).Shapes);
    }

    [Fact]
    public void Two_bundles_on_one_set_do_not_share_a_slot()
    {
        var a = new LexiconBundle<Pair>(set => new Pair(set["colours"], set["shapes"]));
        var b = new LexiconBundle<string>(set => string.Join(",", set.Names.Order()));
        var set = Set();
        Assert.Equal("colours,shapes", b.For(set));
        Assert.True(a.For(set).Colours.Contains("red"));
        Assert.Equal("colours,shapes", b.For(set));
    }

    [Fact]
    public void Threads_asking_at_once_all_get_the_one_bundle_kept()
    {
        var bundle = new LexiconBundle<Pair>(set => new Pair(set["colours"], set["shapes"]));
        var set = Set();
        var seen = new Pair[64];
        Parallel.For(0, seen.Length, i => seen[i] = bundle.For(set));
        Assert.All(seen, p => Assert.Same(seen[0], p));
        Assert.Same(seen[0], bundle.For(set));
    }
}
