using System.CommandLine;
using System.Text;
using CopyLint.Cli.Docs;
using CopyLint.Cli.Output;
using CopyLint.Workspace;
using CopyLint.Workspace.Reports;

namespace CopyLint.Cli.Commands;

/// <summary><c>copylint report [paths] -o report.html [--format markdown]</c>: a pre-publish report for an editor.</summary>
internal static class ReportCommand
{
    public static Command Create(CliEnvironment env)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or globs.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string?>("--output", "-o") { Description = "File to write (default: standard output)." };
        var format = new Option<string>("--format", "-f") { Description = "html or markdown.", DefaultValueFactory = _ => "html" };
        format.AcceptOnlyFromAmong("html", "markdown", "md");
        var cmd = new Command("report", "Write a pre-publish report: counts per file by rule and severity, each finding in its sentence with the rule's explanation.") { paths, output, format };
        cmd.SetAction(parse => Run(env, parse.GetValue(paths)!, parse.GetValue(output), parse.GetValue(format)!));
        return cmd;
    }

    internal static int Run(CliEnvironment env, string[] inputs, string? outputPath, string format)
    {
        var results = LintInputs.Lint(env, LintInputs.NewSession(env), inputs, "stdin.txt", showProgress: outputPath is not null);
        if (results is null) return ExitCodes.UsageOrIoError;
        var files = results.Select(FileReport.From).ToList();
        var explanations = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        string? Explain(string id) => explanations.TryGetValue(id, out var s) ? s : explanations[id] = RuleDocs.Summary(id);
        var sw = new StringWriter { NewLine = "\n" };
        if (format == "html") HtmlReport.Write(sw, files, Explain);
        else MarkdownReport.Write(sw, files, Explain);
        if (outputPath is null)
        {
            env.Out.Write(sw.ToString());
            return ExitCodes.Clean;
        }
        try
        {
            AtomicFile.WriteAllBytes(outputPath, new UTF8Encoding(false).GetBytes(sw.ToString()));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Err.WriteLine($"copylint: {outputPath}: cannot write report: {ex.Message}");
            return ExitCodes.UsageOrIoError;
        }
        env.Err.WriteLine($"Wrote {outputPath}: {files.Count} file(s), {files.Sum(f => f.Findings.Count)} finding(s).");
        return ExitCodes.Clean;
    }
}
