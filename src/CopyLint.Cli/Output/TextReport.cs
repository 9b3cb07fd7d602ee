using CopyLint.Core.Diagnostics;
using CopyLint.Workspace.Sessions;

namespace CopyLint.Cli.Output;

/// <summary>Compiler-style lines: path:line:col: severity CL0001: message (1-based line and column).</summary>
internal static class TextReport
{
    public static void Write(TextWriter output, IReadOnlyList<FileLintResult> results, bool color)
    {
        int errors = 0, warnings = 0, infos = 0, files = 0;
        foreach (var r in results)
        {
            if (r.Result is not { } lint || r.Text is not { } text) continue;
            if (lint.Diagnostics.Count > 0) files++;
            foreach (var d in lint.Diagnostics)
            {
                var pos = text.GetLinePosition(d.Span.Start);
                var sev = d.Severity.ToWireString();
                var painted = color ? Paint(d.Severity, sev) : sev;
                output.WriteLine($"{r.Path}:{pos.Line + 1}:{pos.Character + 1}: {painted} {d.Id}: {d.Message}");
                switch (d.Severity) { case DiagnosticSeverity.Error: errors++; break; case DiagnosticSeverity.Warning: warnings++; break; default: infos++; break; }
            }
        }
        output.WriteLine($"{results.Count} file(s) checked: {errors} error(s), {warnings} warning(s), {infos} info/hint(s) in {files} file(s).");
    }

    private static string Paint(DiagnosticSeverity s, string text) => s switch
    {
        DiagnosticSeverity.Error => $"\u001b[31;1m{text}\u001b[0m",
        DiagnosticSeverity.Warning => $"\u001b[33;1m{text}\u001b[0m",
        DiagnosticSeverity.Info => $"\u001b[36m{text}\u001b[0m",
        _ => $"\u001b[2m{text}\u001b[0m",
    };
}
