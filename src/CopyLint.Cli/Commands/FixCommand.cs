using System.CommandLine;
using CopyLint.Cli.Output;
using CopyLint.Workspace.Fixing;

namespace CopyLint.Cli.Commands;

/// <summary>
/// <c>copylint fix [paths] [--dry-run] [--rule ID]</c>: apply the fixes rules mark safe to apply unattended, re-lint
/// until stable, write atomically. Exit 0 done (or nothing to do), 1 with --dry-run when files would change, 2 on errors.
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliEnvironment env)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or globs to fix.", Arity = ArgumentArity.OneOrMore };
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "Print a unified diff of what would change; write nothing. Exit code 1 if anything would change." };
        var rules = new Option<string[]>("--rule", "-r") { Description = "Only apply fixes of this rule (repeatable)." };
        var cmd = new Command("fix", "Apply the safe quick fixes in bulk (never ones that need a writer's judgement or insert placeholders).") { paths, dryRun, rules };
        cmd.SetAction(parse => Run(env, parse.GetValue(paths)!, parse.GetValue(dryRun), parse.GetValue(rules) ?? []));
        return cmd;
    }

    internal static int Run(CliEnvironment env, string[] inputs, bool dryRun, string[] ruleIds)
    {
        if (inputs.Contains("-"))
        {
            env.Err.WriteLine("copylint: fix works on files; standard input ('-') is not supported.");
            return ExitCodes.UsageOrIoError;
        }
        foreach (var id in ruleIds)
        {
            if (Catalogue.Find(env, id) is null)
            {
                env.Err.WriteLine($"copylint: unknown rule '{id}'. Run 'copylint rules' to list the rules.");
                return ExitCodes.UsageOrIoError;
            }
        }
        var wanted = ruleIds.Length == 0 ? null : new HashSet<string>(ruleIds, StringComparer.OrdinalIgnoreCase);
        var files = LintInputs.ExpandFiles(env, inputs);
        if (files is null) return ExitCodes.UsageOrIoError;
        var session = LintInputs.NewSession(env);
        int changedFiles = 0, applied = 0, errors = 0;
        foreach (var file in files)
        {
            FileFixResult result;
            try
            {
                result = FileFixer.FixFile(session, file, wanted is null ? null : wanted.Contains, write: !dryRun);
            }
            catch (Exception ex) when (LintInputs.ConfigErrors(ex) is { } config)
            {
                foreach (var e in config.Errors) env.Err.WriteLine(e.ToString());
                return ExitCodes.UsageOrIoError;
            }
            if (result.Error is not null) { env.Err.WriteLine($"copylint: {result.Error}"); errors++; }
            if (result.Outcome is not { Changed: true } outcome) continue;
            changedFiles++;
            applied += outcome.FixesApplied;
            var rulesUsed = string.Join(", ", outcome.Passes.SelectMany(p => p.RuleIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
            if (dryRun)
            {
                var name = file.Replace('\\', '/');
                env.Out.Write(UnifiedDiff.Create(outcome.Original.ToString(), outcome.Fixed.ToString(), name, name));
            }
            else if (result.Written)
            {
                env.Out.WriteLine($"{file}: applied {outcome.FixesApplied} fix(es) ({rulesUsed})");
            }
        }
        var verb = dryRun ? "would apply" : "applied";
        env.Err.WriteLine($"copylint fix: {verb} {applied} fix(es) in {changedFiles} of {files.Count} file(s).");
        if (errors > 0) return ExitCodes.UsageOrIoError;
        return dryRun && changedFiles > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
