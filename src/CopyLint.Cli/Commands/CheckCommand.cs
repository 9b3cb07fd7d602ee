using System.CommandLine;
using CopyLint.Cli.Output;
using CopyLint.Core.Diagnostics;
using CopyLint.Workspace.Baselines;

namespace CopyLint.Cli.Commands;

/// <summary><c>copylint check [paths|-]</c>: lint files, print a report, exit 0/1/2.</summary>
internal static class CheckCommand
{
    public static Command Create(CliEnvironment env)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or globs (.txt .md .markdown .html .htm); '-' reads standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json, sarif or github.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that makes the exit code 1: error, warning, info or hint.", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "hint");
        var stdinName = new Option<string>("--stdin-filename") { Description = "File name to use for standard input (decides the format and the configuration).", DefaultValueFactory = _ => "stdin.txt" };
        var baseline = new Option<string?>("--baseline") { Description = "Report and fail only on findings not recorded in this baseline file (see 'copylint baseline')." };
        var cmd = new Command("check", "Check article drafts and report findings.") { paths, format, failOn, stdinName, baseline };
        cmd.SetAction(parse => Run(env, parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(failOn)!, parse.GetValue(stdinName)!, parse.GetValue(baseline)));
        return cmd;
    }

    internal static int Run(CliEnvironment env, string[] inputs, string format, string failOn, string stdinName = "stdin.txt", string? baselinePath = null)
    {
        Baseline? baseline = null;
        if (baselinePath is not null)
        {
            try { baseline = Baseline.Load(baselinePath); }
            catch (BaselineException ex) { env.Err.WriteLine($"copylint: {ex.Message}"); return ExitCodes.UsageOrIoError; }
        }
        var baselineDir = baselinePath is null ? Environment.CurrentDirectory : Path.GetDirectoryName(Path.GetFullPath(baselinePath))!;
        IReportWriter report = format switch
        {
            "json" => new JsonReport(env.Out),
            "sarif" => new SarifReport(env.Out, Catalogue.Descriptors(env), baselineDir),
            "github" => new GithubReport(env.Out),
            _ => new TextReport(env.Out, env.UseColor),
        };
        var threshold = ParseThreshold(failOn);
        bool failing = false, ioError = false;
        int newCount = 0, unchanged = 0;
        var absent = new List<BaselineEntry>();
        bool ok = LintInputs.LintStreaming(env, LintInputs.NewSession(env), inputs, stdinName, showProgress: format == "text", r =>
        {
            ioError |= r.Error is not null;
            BaselineComparison? comparison = null;
            var reported = r;
            if (baseline is not null && r.Result is { } lint)
            {
                comparison = BaselineComparison.Compare(baseline, [r], baselineDir);
                newCount += comparison.NewCount;
                unchanged += comparison.UnchangedCount;
                absent.AddRange(comparison.Absent);
                reported = r with { Result = lint with { Diagnostics = lint.Diagnostics.Where(comparison.IsNew).ToList() } };
            }
            // SARIF keeps unchanged findings (marked by baselineState); the other formats show only new ones.
            report.WriteFile(format == "sarif" ? r : reported, comparison);
            failing |= reported.Result?.Diagnostics.Any(d => d.Severity >= threshold) == true;
        });
        if (!ok) return ExitCodes.UsageOrIoError;
        report.Finish(baseline is null ? null : absent);
        if (baseline is not null)
        {
            var summary = $"baseline: {newCount} new finding(s), {unchanged} unchanged, {absent.Count} baseline entr{(absent.Count == 1 ? "y" : "ies")} fixed.";
            (format == "text" ? env.Out : env.Err).WriteLine(summary);
        }
        if (ioError) return ExitCodes.UsageOrIoError;
        return failing ? ExitCodes.Findings : ExitCodes.Clean;
    }

    internal static DiagnosticSeverity ParseThreshold(string failOn) => failOn switch
    {
        "error" => DiagnosticSeverity.Error,
        "info" => DiagnosticSeverity.Info,
        "hint" => DiagnosticSeverity.Hint,
        _ => DiagnosticSeverity.Warning,
    };
}
