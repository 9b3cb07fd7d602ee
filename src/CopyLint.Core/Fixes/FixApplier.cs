using CopyLint.Core.Text;

namespace CopyLint.Core.Fixes;

/// <summary>Applies several fixes to one text: edits are merged in order; a fix whose edits overlap an earlier one is skipped.</summary>
public static class FixApplier
{
    public static (SourceText Text, int Applied, int Skipped) Apply(SourceText text, IEnumerable<CodeFix> fixes)
    {
        var accepted = new List<TextChange>();
        int applied = 0, skipped = 0;
        foreach (var fix in fixes)
        {
            if (fix.Edits.Any(e => e.Span.End > text.Length || accepted.Any(a => Overlaps(a.Span, e.Span))))
            {
                skipped++;
                continue;
            }
            accepted.AddRange(fix.Edits);
            applied++;
        }
        return (text.WithChanges(accepted), applied, skipped);
    }

    private static bool Overlaps(TextSpan a, TextSpan b) =>
        a.Start < b.End && b.Start < a.End || (a.Start == b.Start && (a.IsEmpty || b.IsEmpty)) ||
        (a.IsEmpty && a.Start > b.Start && a.Start < b.End) || (b.IsEmpty && b.Start > a.Start && b.Start < a.End);
}
