namespace CopyLint.Core.Lexicons;

/// <summary>
/// Word lists that code reads together, resolved from a <see cref="LexiconSet"/> once per set instead of by name on
/// every sentence: <c>static readonly LexiconBundle&lt;Lists&gt; Bundle = new(set =&gt; new Lists(set));</c>, then
/// <c>Bundle.For(ctx.Lexicons)</c>. A project whose configuration edits a list has a set of its own, and so its own
/// bundle. Thread-safe; a race may resolve a bundle twice, and one of the two is kept.
/// </summary>
public sealed class LexiconBundle<T>(Func<LexiconSet, T> resolve) where T : class
{
    private readonly int _slot = LexiconSet.NewBundleSlot();

    /// <summary>The bundle for <paramref name="set"/>, resolved on first use.</summary>
    public T For(LexiconSet set) => set.GetBundle(_slot) is { } found ? (T)found : (T)set.AddBundle(_slot, resolve(set));
}
