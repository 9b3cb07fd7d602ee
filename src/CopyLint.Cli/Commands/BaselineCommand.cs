using System.CommandLine;
using CopyLint.Workspace.Baselines;

namespace CopyLint.Cli.Commands;

/// <summary><c>copylint baseline [paths] -o copylint-baseline.json</c>: record today's findings so CI fails only on new ones.</summary>
internal static class BaselineCommand
{
    public const string DefaultFile = "copylint-baseline.json";

    public static Command Create(CliEnvironment env)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or globs to record.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--output", "-o") { Description = "Baseline file to write.", DefaultValueFactory = _ => DefaultFile };
        var cmd = new Command("baseline", "Record the current findings in a baseline file; 'check --baseline FILE' then reports only new ones.") { paths, output };
        cmd.SetAction(parse => Run(env, parse.GetValue(paths)!, parse.GetValue(output)!));
        return cmd;
    }

    internal static int Run(CliEnvironment env, string[] inputs, string outputPath)
    {
        if (inputs.Contains("-"))
        {
            env.Err.WriteLine("copylint: a baseline records files; standard input ('-') is not supported.");
            return ExitCodes.UsageOrIoError;
        }
        var results = LintInputs.Lint(env, LintInputs.NewSession(env), inputs, "stdin.txt", showProgress: true);
        if (results is null) return ExitCodes.UsageOrIoError;
        var full = Path.GetFullPath(outputPath);
        var baseline = Baseline.Create(results, Path.GetDirectoryName(full)!);
        try
        {
            baseline.Save(full);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            env.Err.WriteLine($"copylint: {outputPath}: cannot write baseline: {ex.Message}");
            return ExitCodes.UsageOrIoError;
        }
        env.Out.WriteLine($"Recorded {baseline.Entries.Count} finding(s) from {results.Count} file(s) in {outputPath}.");
        return ExitCodes.Clean;
    }
}
