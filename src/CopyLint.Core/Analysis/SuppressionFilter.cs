using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;

namespace CopyLint.Core.Analysis;

/// <summary>Decides from the document's inline directives whether a finding is suppressed, and with which reason.</summary>
internal sealed class SuppressionFilter
{
    private readonly ProseDocument _doc;
    private readonly List<(int FromLine, int ToLine, IReadOnlyList<string> Rules, string? Reason)> _ranges = [];

    public SuppressionFilter(ProseDocument doc)
    {
        _doc = doc;
        var open = new List<(int Line, Directive D)>();
        foreach (var d in doc.Directives)
        {
            switch (d.Kind)
            {
                case DirectiveKind.DisableLine:
                    _ranges.Add((d.Line, d.Line, d.RuleIds, d.Reason));
                    break;
                case DirectiveKind.DisableNextLine:
                    int next = NextContentLine(doc, _doc.Text.GetLineFromOffset(d.Span.End));
                    _ranges.Add((next, next, d.RuleIds, d.Reason));
                    break;
                case DirectiveKind.Disable:
                    open.Add((d.Line, d));
                    break;
                case DirectiveKind.Enable:
                    for (int k = open.Count - 1; k >= 0; k--)
                    {
                        var (line, od) = open[k];
                        if (d.RuleIds.Count == 0 || od.RuleIds.Count == 0 || od.RuleIds.Intersect(d.RuleIds, StringComparer.OrdinalIgnoreCase).Any())
                        {
                            _ranges.Add((line, d.Line, od.RuleIds, od.Reason));
                            open.RemoveAt(k);
                        }
                    }
                    break;
            }
        }
        foreach (var (line, od) in open) _ranges.Add((line, int.MaxValue, od.RuleIds, od.Reason));
    }

    /// <summary>The line after <paramref name="line"/> that holds text (a disable-next-line comment may sit on its own line).</summary>
    private static int NextContentLine(ProseDocument doc, int line)
    {
        var text = doc.Text;
        for (int l = line + 1; l < text.LineCount; l++)
        {
            var span = text.GetLineSpan(l);
            if (!doc.Prose.AsSpan(span.Start, span.Length).IsWhiteSpace()) return l;
        }
        return line + 1;
    }

    public bool IsSuppressed(Diagnostic d, out string? reason)
    {
        reason = null;
        if (_ranges.Count == 0) return false;
        int line = _doc.Text.GetLineFromOffset(d.Span.Start);
        foreach (var (from, to, rules, why) in _ranges)
        {
            if (line < from || line > to) continue;
            if (rules.Count == 0 || rules.Contains(d.Id, StringComparer.OrdinalIgnoreCase))
            {
                reason = why;
                return true;
            }
        }
        return false;
    }
}
