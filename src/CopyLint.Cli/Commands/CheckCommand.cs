using System.CommandLine;
using CopyLint.Cli.Output;
using CopyLint.Core.Diagnostics;
using CopyLint.Workspace.Baselines;
using CopyLint.Workspace.Sessions;

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
        var results = LintInputs.Lint(env, LintInputs.NewSession(env), inputs, stdinName, showProgress: format == "text");
        if (results is null) return ExitCodes.UsageOrIoError;

        BaselineComparison? comparison = null;
        var reported = results;
        var baselineDir = baselinePath is null ? Environment.CurrentDirectory : Path.GetDirectoryName(Path.GetFullPath(baselinePath))!;
        if (baseline is not null)
        {
            comparison = BaselineComparison.Compare(baseline, results, baselineDir);
            reported = results.Select(r => r.Result is { } lint
                ? r with { Result = lint with { Diagnostics = lint.Diagnostics.Where(comparison.IsNew).ToList() } }
                : r).ToList();
        }

        switch (format)
        {
            case "json": JsonReport.Write(env.Out, reported); break;
            case "sarif": SarifReport.Write(env.Out, results, Catalogue.Descriptors(env), comparison, baselineDir); break;
            case "github": GithubReport.Write(env.Out, reported); break;
            default: TextReport.Write(env.Out, reported, env.UseColor); break;
        }
        if (comparison is not null)
        {
            var summary = $"baseline: {comparison.NewCount} new finding(s), {comparison.UnchangedCount} unchanged, {comparison.Absent.Count} baseline entr{(comparison.Absent.Count == 1 ? "y" : "ies")} fixed.";
            (format == "text" ? env.Out : env.Err).WriteLine(summary);
        }
        var threshold = ParseThreshold(failOn);
        return reported.Any(r => r.Result?.Diagnostics.Any(d => d.Severity >= threshold) == true) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    internal static DiagnosticSeverity ParseThreshold(string failOn) => failOn switch
    {
        "error" => DiagnosticSeverity.Error,
        "info" => DiagnosticSeverity.Info,
        "hint" => DiagnosticSeverity.Hint,
        _ => DiagnosticSeverity.Warning,
    };
}
