using CopyLint.Core.Diagnostics;
using CopyLint.Workspace.Reports;

namespace CopyLint.Cli.Output;

/// <summary>The pre-publish report as one self-contained HTML page. Every piece of article or rule text is HTML-escaped.</summary>
internal static class HtmlReport
{
    public static void Write(TextWriter w, IReadOnlyList<FileReport> files, Func<string, string?> explanation)
    {
        int total = files.Sum(f => f.Findings.Count);
        w.WriteLine("<!DOCTYPE html>");
        w.WriteLine("<html lang=\"en\"><head><meta charset=\"utf-8\"><title>CopyLint pre-publish report</title>");
        w.WriteLine("<style>body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;line-height:1.5}" +
                    "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .6rem;text-align:left}" +
                    "mark{background:#ffe08a}.error{color:#b00020}.warning{color:#8a5a00}.info,.hint{color:#0b6e99}" +
                    "blockquote{margin:.3rem 0;padding:.3rem .8rem;border-left:3px solid #ccc;background:#fafafa}.why{color:#555;font-size:.9em}</style>");
        w.WriteLine("</head><body>");
        w.WriteLine("<h1>CopyLint pre-publish report</h1>");
        w.WriteLine($"<p>{files.Count} file(s), {total} finding(s).</p>");
        foreach (var f in files)
        {
            w.WriteLine($"<section><h2>{E(f.Path)}</h2>");
            if (f.Error is not null) { w.WriteLine($"<p class=\"error\">{E(f.Error)}</p></section>"); continue; }
            if (f.Findings.Count == 0) { w.WriteLine("<p>No findings.</p></section>"); continue; }
            w.WriteLine("<table><thead><tr><th>Rule</th><th>Severity</th><th>Count</th></tr></thead><tbody>");
            foreach (var c in f.Counts)
                w.WriteLine($"<tr><td>{E(c.RuleId)}</td><td class=\"{Sev(c.Severity)}\">{Sev(c.Severity)}</td><td>{c.Count}</td></tr>");
            w.WriteLine("</tbody></table><ol>");
            foreach (var x in f.Findings)
            {
                var d = x.Diagnostic;
                w.WriteLine($"<li><p><span class=\"{Sev(d.Severity)}\">{Sev(d.Severity)}</span> <a href=\"{E(d.Descriptor.HelpLinkUri)}\">{E(d.Id)}</a> " +
                            $"line {x.Line}, column {x.Column}: {E(d.Message)}</p>");
                var before = x.Sentence[..x.HighlightStart];
                var flagged = x.Sentence.Substring(x.HighlightStart, x.HighlightLength);
                var after = x.Sentence[(x.HighlightStart + x.HighlightLength)..];
                w.WriteLine($"<blockquote>{E(before)}<mark>{E(flagged)}</mark>{E(after)}</blockquote>");
                w.WriteLine($"<p class=\"why\">{E(explanation(d.Id) ?? d.Descriptor.Description)}</p></li>");
            }
            w.WriteLine("</ol></section>");
        }
        w.WriteLine("</body></html>");
    }

    private static string Sev(DiagnosticSeverity s) => s.ToWireString();

    /// <summary>Escapes &amp; &lt; &gt; and quotes; other characters stay as they are (the page is UTF-8).</summary>
    public static string E(string s)
    {
        if (s.AsSpan().IndexOfAny("&<>\"'") < 0) return s;
        var sb = new System.Text.StringBuilder(s.Length + 16);
        foreach (var c in s)
        {
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => null } ?? c.ToString());
        }
        return sb.ToString();
    }
}
