using CopyLint.Core.Text;

namespace CopyLint.Workspace.Fixing;

/// <summary>What fixing one text did: the original, the result, and each pass.</summary>
public sealed record FixOutcome(SourceText Original, SourceText Fixed, IReadOnlyList<FixPass> Passes)
{
    public bool Changed => !ReferenceEquals(Original, Fixed) && Original.ToString() != Fixed.ToString();
    public int FixesApplied => Passes.Sum(p => p.Applied);
}
