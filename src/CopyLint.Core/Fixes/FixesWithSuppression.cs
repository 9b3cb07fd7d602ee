using System.Collections;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Fixes;

/// <summary>
/// A finding's own fixes followed by its "Suppress CLxxxx" fix, which is built only when someone reads it. Every kept
/// finding carries one, but only a code-action request or a fix command ever looks at it: building them all eagerly
/// was 7% of the language server's allocation per edit (389 findings in a 10k-word draft).
/// </summary>
internal sealed class FixesWithSuppression : IReadOnlyList<CodeFix>
{
    private readonly IReadOnlyList<CodeFix> _own;
    private readonly ProseDocument _doc;
    private readonly string _ruleId;
    private readonly TextSpan _span;
    private CodeFix? _suppression;

    public FixesWithSuppression(IReadOnlyList<CodeFix> own, ProseDocument doc, string ruleId, TextSpan span)
    {
        _own = own;
        _doc = doc;
        _ruleId = ruleId;
        _span = span;
    }

    public int Count => _own.Count + 1;

    public CodeFix this[int index] =>
        (uint)index > (uint)_own.Count ? throw new ArgumentOutOfRangeException(nameof(index))
        : index == _own.Count ? Suppression : _own[index];

    // Built at most once per reader race; both racers build equal fixes, so whichever is kept is right.
    private CodeFix Suppression => _suppression ??= SuppressionFix.Create(_doc, _ruleId, _span);

    public IEnumerator<CodeFix> GetEnumerator()
    {
        for (int i = 0; i < _own.Count; i++) yield return _own[i];
        yield return Suppression;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
