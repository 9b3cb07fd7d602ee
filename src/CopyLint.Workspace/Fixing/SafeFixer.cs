using System.Text;
using CopyLint.Core.Analysis;
using CopyLint.Core.Fixes;
using CopyLint.Core.Text;

namespace CopyLint.Workspace.Fixing;

/// <summary>
/// Applies the fixes rules mark as safe, merged with <see cref="FixApplier"/>, then lints again and repeats until
/// nothing more applies (at most <see cref="MaxPasses"/> rounds). Never applies a fix that would insert a
/// placeholder such as <c>&lt;source&gt;</c>, even if a rule marked it safe.
/// </summary>
public static class SafeFixer
{
    public const int MaxPasses = 5;

    public static FixOutcome Fix(SourceText text, Func<SourceText, LintResult> lint, Func<string, bool>? includeRule = null, CancellationToken cancellationToken = default)
    {
        var passes = new List<FixPass>();
        var current = text;
        var seen = new HashSet<string>(StringComparer.Ordinal) { text.ToString() };
        var newline = SuppressionFix.DetectNewline(text);
        for (int pass = 0; pass < MaxPasses; pass++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var result = lint(current);
            var fixes = new List<CodeFix>();
            var rules = new List<string>();
            foreach (var d in result.Diagnostics)
            {
                if (includeRule is not null && !includeRule(d.Id)) continue;
                foreach (var fix in d.Fixes)
                {
                    if (!IsUnattendedSafe(fix)) continue;
                    var normalized = WithNewlines(fix, newline);
                    if (fixes.Any(f => SameEdits(f, normalized))) continue;
                    fixes.Add(normalized);
                    rules.Add(d.Id);
                    break;
                }
            }
            if (fixes.Count == 0) break;
            var (next, applied, _) = FixApplier.Apply(current, fixes);
            if (applied == 0 || !seen.Add(next.ToString())) break;
            passes.Add(new FixPass(current, fixes.SelectMany(f => f.Edits).ToList(), rules.Distinct(StringComparer.Ordinal).ToList(), applied, next));
            current = next;
        }
        return new FixOutcome(text, current, passes);
    }

    /// <summary>Marked safe by its rule and free of placeholders like <c>&lt;source&gt;</c> or <c>&lt;reason&gt;</c>.</summary>
    public static bool IsUnattendedSafe(CodeFix fix) =>
        fix.IsSafe && fix.Edits.Count > 0 && !fix.Edits.Any(e => ContainsPlaceholder(e.NewText));

    /// <summary>An angle-bracketed lowercase word or phrase: <c>&lt;source&gt;</c>, <c>&lt;reason&gt;</c>, <c>&lt;full name&gt;</c>.</summary>
    public static bool ContainsPlaceholder(string text)
    {
        int i = 0;
        while ((i = text.IndexOf('<', i)) >= 0)
        {
            int j = i + 1;
            while (j < text.Length && (char.IsAsciiLetterLower(text[j]) || text[j] is ' ' or '-' or '_')) j++;
            if (j < text.Length && text[j] == '>' && j > i + 1) return true;
            i++;
        }
        return false;
    }

    private static bool SameEdits(CodeFix a, CodeFix b) =>
        a.Edits.Count == b.Edits.Count && a.Edits.Zip(b.Edits).All(p => p.First.Span == p.Second.Span && p.First.NewText == p.Second.NewText);

    private static CodeFix WithNewlines(CodeFix fix, string newline)
    {
        if (!fix.Edits.Any(e => e.NewText.AsSpan().IndexOfAny('\r', '\n') >= 0)) return fix;
        return fix with { Edits = fix.Edits.Select(e => new TextChange(e.Span, NormalizeNewlines(e.NewText, newline))).ToList() };
    }

    private static string NormalizeNewlines(string text, string newline)
    {
        var sb = new StringBuilder(text.Length);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\r') { if (i + 1 < text.Length && text[i + 1] == '\n') i++; sb.Append(newline); }
            else if (c == '\n') sb.Append(newline);
            else sb.Append(c);
        }
        return sb.ToString();
    }
}
