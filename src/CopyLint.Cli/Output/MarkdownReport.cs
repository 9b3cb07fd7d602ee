using System.Text;
using CopyLint.Core.Diagnostics;
using CopyLint.Workspace.Reports;

namespace CopyLint.Cli.Output;

/// <summary>The pre-publish report as Markdown (for merge-request comments and wikis). Article text is escaped.</summary>
internal static class MarkdownReport
{
    public static void Write(TextWriter w, IReadOnlyList<FileReport> files, Func<string, string?> explanation)
    {
        w.WriteLine("# CopyLint pre-publish report");
        w.WriteLine();
        w.WriteLine($"{files.Count} file(s), {files.Sum(f => f.Findings.Count)} finding(s).");
        foreach (var f in files)
        {
            w.WriteLine();
            w.WriteLine($"## {Escape(f.Path)}");
            w.WriteLine();
            if (f.Error is not null) { w.WriteLine($"Error: {Escape(f.Error)}"); continue; }
            if (f.Findings.Count == 0) { w.WriteLine("No findings."); continue; }
            w.WriteLine("| Rule | Severity | Count |");
            w.WriteLine("|---|---|---:|");
            foreach (var c in f.Counts) w.WriteLine($"| {c.RuleId} | {c.Severity.ToWireString()} | {c.Count} |");
            w.WriteLine();
            int n = 1;
            foreach (var x in f.Findings)
            {
                var d = x.Diagnostic;
                w.WriteLine($"{n++}. **{d.Severity.ToWireString()} [{d.Id}]({d.Descriptor.HelpLinkUri})** line {x.Line}, column {x.Column}: {Escape(d.Message)}");
                var before = x.Sentence[..x.HighlightStart];
                var flagged = x.Sentence.Substring(x.HighlightStart, x.HighlightLength);
                var after = x.Sentence[(x.HighlightStart + x.HighlightLength)..];
                w.WriteLine($"   > {Flat(Escape(before))}**{Flat(Escape(flagged))}**{Flat(Escape(after))}");
                w.WriteLine($"   >");
                w.WriteLine($"   > _{Flat(Escape(explanation(d.Id) ?? d.Descriptor.Description))}_");
            }
        }
    }

    private static string Flat(string s) => s.Replace("\r\n", " ").Replace('\n', ' ').Replace('\r', ' ');

    /// <summary>Backslash-escape Markdown punctuation and HTML-escape angle brackets and ampersands.</summary>
    public static string Escape(string s)
    {
        var sb = new StringBuilder(s.Length + 8);
        foreach (var c in s)
        {
            switch (c)
            {
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '&': sb.Append("&amp;"); break;
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '#': sb.Append('\\').Append(c); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
