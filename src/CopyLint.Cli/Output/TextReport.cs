using CopyLint.Core.Diagnostics;
using CopyLint.Workspace.Baselines;
using CopyLint.Workspace.Sessions;

namespace CopyLint.Cli.Output;

/// <summary>Compiler-style lines: path:line:col: severity CL0001: message (1-based line and column).</summary>
internal sealed class TextReport(TextWriter output, bool color) : IReportWriter
{
    private int _errors, _warnings, _infos, _files, _checked;

    public static void Write(TextWriter output, IReadOnlyList<FileLintResult> results, bool color)
    {
        var report = new TextReport(output, color);
        foreach (var r in results) report.WriteFile(r, null);
        report.Finish(null);
    }

    public void WriteFile(FileLintResult r, BaselineComparison? baseline)
    {
        _checked++;
        if (r.Result is not { } lint || r.Text is not { } text) return;
        if (lint.Diagnostics.Count > 0) _files++;
        foreach (var d in lint.Diagnostics)
        {
            var pos = text.GetLinePosition(d.Span.Start);
            var sev = d.Severity.ToWireString();
            var painted = color ? Paint(d.Severity, sev) : sev;
            output.WriteLine($"{r.Path}:{pos.Line + 1}:{pos.Character + 1}: {painted} {d.Id}: {d.Message}");
            switch (d.Severity) { case DiagnosticSeverity.Error: _errors++; break; case DiagnosticSeverity.Warning: _warnings++; break; default: _infos++; break; }
        }
    }

    public void Finish(IReadOnlyList<BaselineEntry>? absent) =>
        output.WriteLine($"{_checked} file(s) checked: {_errors} error(s), {_warnings} warning(s), {_infos} info/hint(s) in {_files} file(s).");

    private static string Paint(DiagnosticSeverity s, string text) => s switch
    {
        DiagnosticSeverity.Error => $"\u001b[31;1m{text}\u001b[0m",
        DiagnosticSeverity.Warning => $"\u001b[33;1m{text}\u001b[0m",
        DiagnosticSeverity.Info => $"\u001b[36m{text}\u001b[0m",
        _ => $"\u001b[2m{text}\u001b[0m",
    };
}
