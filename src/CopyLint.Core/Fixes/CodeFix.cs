using CopyLint.Core.Text;

namespace CopyLint.Core.Fixes;

/// <summary>A titled set of text edits against the text version the diagnostic came from.</summary>
/// <param name="IsSafe">May be applied unattended (by <c>copylint fix</c>): no placeholders, no judgement needed.</param>
public sealed record CodeFix(string Title, IReadOnlyList<TextChange> Edits, bool IsSafe = false, string? EquivalenceKey = null)
{
    public static CodeFix Replace(string title, TextSpan span, string newText, bool isSafe = false, string? key = null) =>
        new(title, [new TextChange(span, newText)], isSafe, key);

    public static CodeFix Insert(string title, int position, string text, bool isSafe = false, string? key = null) =>
        new(title, [new TextChange(new TextSpan(position, 0), text)], isSafe, key);
}
