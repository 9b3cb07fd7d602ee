using System.Text;
using CopyLint.Core.Diagnostics;
using CopyLint.Workspace.Baselines;
using CopyLint.Workspace.Sessions;

namespace CopyLint.Cli.Output;

/// <summary>
/// GitHub Actions workflow commands (<c>::warning file=…,line=…::message</c>) that show as annotations on a pull
/// request. Lines and columns are 1-based; endColumn is the last flagged column.
/// </summary>
internal sealed class GithubReport(TextWriter output) : IReportWriter
{
    public void Finish(IReadOnlyList<BaselineEntry>? absent) { }

    public void WriteFile(FileLintResult r, BaselineComparison? baseline)
    {
        if (r.Result is not { } lint || r.Text is not { } text) return;
        foreach (var d in lint.Diagnostics)
        {
            var span = text.GetLinePositionSpan(d.Span);
            int line = span.Start.Line + 1, endLine = span.End.Line + 1;
            int endColumn = endLine == line ? Math.Max(span.End.Character, span.Start.Character + 1) : Math.Max(span.End.Character, 1);
            var sb = new StringBuilder();
            sb.Append("::").Append(Command(d.Severity)).Append(' ');
            sb.Append("file=").Append(EscapeProperty(r.Path.Replace('\\', '/')));
            sb.Append(",line=").Append(line);
            sb.Append(",col=").Append(span.Start.Character + 1);
            sb.Append(",endLine=").Append(endLine);
            sb.Append(",endColumn=").Append(endColumn);
            sb.Append(",title=").Append(EscapeProperty($"{d.Id}: {d.Descriptor.Title}"));
            sb.Append("::").Append(EscapeData($"{d.Message} ({d.Descriptor.HelpLinkUri})"));
            output.WriteLine(sb.ToString());
        }
    }

    private static string Command(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>Message text: % CR LF are percent-encoded.</summary>
    public static string EscapeData(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Property values: also ':' and ','.</summary>
    public static string EscapeProperty(string s) => EscapeData(s).Replace(":", "%3A").Replace(",", "%2C");
}
