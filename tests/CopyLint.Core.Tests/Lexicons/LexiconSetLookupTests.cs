using CopyLint.Core.Lexicons;

namespace CopyLint.Core.Tests.Lexicons;

/// <summary>The by-reference name cache of <see cref="LexiconSet"/> must never change which list a name gives.</summary>
public class LexiconSetLookupTests
{
    private static LexiconSet Set(int count) =>
        new(Enumerable.Range(0, count).Select(i => new Lexicon($"list-{i}", [$"word{i}"])));

    [Fact]
    public void Equal_names_built_at_run_time_and_other_cases_give_the_same_list()
    {
        var set = Set(5);
        const string name = "list-3";
        var built = string.Concat("list-", "3");
        Assert.NotSame(name, built);
        Assert.True(set[name].Contains("word3"));
        Assert.Same(set[name], set[built]);
        Assert.Same(set[name], set["LIST-3"]);
        Assert.Same(set[name], set[name]); // now from the cache
        Assert.Same(Lexicon.Empty, set["no-such-list"]);
    }

    [Fact]
    public void Many_more_names_than_the_cache_holds_are_all_answered_right()
    {
        var set = Set(400);
        // distinct name objects, several rounds (the first fills the cache, later ones read it or go past it)
        var names = Enumerable.Range(0, 400).Select(i => string.Concat("list-", i.ToString())).ToArray();
        for (int round = 0; round < 3; round++)
            for (int i = 0; i < names.Length; i++)
                Assert.True(set[names[i]].Contains($"word{i}"), $"round {round}: {names[i]}");
        Assert.Same(Lexicon.Empty, set[string.Concat("list-", "400")]);
    }

    [Fact]
    public void Concurrent_first_lookups_agree()
    {
        var set = Set(100);
        var names = Enumerable.Range(0, 100).Select(i => string.Concat("list-", i.ToString())).ToArray();
        var wrong = 0;
        Parallel.For(0, 20_000, k =>
        {
            int i = k % names.Length;
            if (!set[names[i]].Contains($"word{i}")) Interlocked.Increment(ref wrong);
        });
        Assert.Equal(0, wrong);
    }
}
