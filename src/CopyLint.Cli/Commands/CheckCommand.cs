using System.CommandLine;
using CopyLint.Cli.Output;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Text;
using CopyLint.Workspace.Configuration;
using CopyLint.Workspace.Files;
using CopyLint.Workspace.Sessions;

namespace CopyLint.Cli.Commands;

/// <summary><c>copylint check [paths|-]</c>: lint files, print a report, exit 0/1/2.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or globs (.txt .md .markdown .html .htm); '-' reads standard input.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text, json, sarif or github.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json", "sarif", "github");
        var failOn = new Option<string>("--fail-on") { Description = "Lowest severity that makes the exit code 1: error, warning or info.", DefaultValueFactory = _ => "warning" };
        failOn.AcceptOnlyFromAmong("error", "warning", "info", "hint");
        var stdinName = new Option<string>("--stdin-filename") { Description = "File name to use for standard input (decides the format and the configuration).", DefaultValueFactory = _ => "stdin.txt" };
        var cmd = new Command("check", "Check article drafts and report findings.") { paths, format, failOn, stdinName };
        cmd.SetAction(parse => Run(parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(failOn)!, parse.GetValue(stdinName)!));
        return cmd;
    }

    internal static int Run(string[] inputs, string format, string failOn, string stdinName)
    {
        var session = new LintSession(onWarning: e => Console.Error.WriteLine($"{e.File}:{e.Line}:{e.Column}: warning: {e.Message} (skipped; the rest of the configuration applies)"));
        var results = new List<FileLintResult>();
        try
        {
            var fileInputs = inputs.Where(i => i != "-").ToList();
            var (files, unmatched) = FileSet.Expand(fileInputs);
            foreach (var u in unmatched)
            {
                Console.Error.WriteLine($"copylint: {u}: no such file, folder or matching file");
            }
            if (unmatched.Count > 0) return 2;
            using var progress = ProgressDisplay.Start(files.Count, format == "text");
            results.AddRange(session.LintFiles(files, progress));
            if (inputs.Contains("-"))
            {
                var text = SourceText.From(ReadAllStdin());
                var config = session.ConfigFor(Path.Combine(Environment.CurrentDirectory, stdinName));
                results.Add(new FileLintResult(stdinName, text, session.LintText(text, stdinName, config), null));
            }
        }
        catch (ConfigException ex)
        {
            foreach (var e in ex.Errors) Console.Error.WriteLine(e.ToString());
            return 2;
        }
        var stdout = Console.Out;
        switch (format)
        {
            case "json": JsonReport.Write(stdout, results); break;
            default: TextReport.Write(stdout, results, color: !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null); break;
        }
        foreach (var r in results.Where(r => r.Error is not null)) Console.Error.WriteLine($"copylint: {r.Error}");
        if (results.Any(r => r.Error is not null)) return 2;
        var threshold = failOn switch { "error" => DiagnosticSeverity.Error, "info" => DiagnosticSeverity.Info, "hint" => DiagnosticSeverity.Hint, _ => DiagnosticSeverity.Warning };
        return results.Any(r => r.Result?.Diagnostics.Any(d => d.Severity >= threshold) == true) ? 1 : 0;
    }

    private static byte[] ReadAllStdin()
    {
        using var stdin = Console.OpenStandardInput();
        using var ms = new MemoryStream();
        stdin.CopyTo(ms);
        return ms.ToArray();
    }
}
