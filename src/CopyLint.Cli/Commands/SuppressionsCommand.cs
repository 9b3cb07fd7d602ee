using System.CommandLine;
using CopyLint.Workspace.Reports;
using Newtonsoft.Json;

namespace CopyLint.Cli.Commands;

/// <summary>
/// <c>copylint suppressions [paths]</c>: every inline suppression with file, line, rules and reason.
/// Exit 1 when a suppression gives no reason and reasons are required (<c>--require-reason</c> or the
/// configuration's <c>requireSuppressionReason</c>).
/// </summary>
internal static class SuppressionsCommand
{
    public static Command Create(CliEnvironment env)
    {
        var paths = new Argument<string[]>("paths") { Description = "Files, folders or globs.", Arity = ArgumentArity.OneOrMore };
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var require = new Option<bool>("--require-reason") { Description = "Fail (exit 1) on any suppression without a reason, whatever the configuration says." };
        var cmd = new Command("suppressions", "List inline suppressions with their reasons, so the desk can review them.") { paths, format, require };
        cmd.SetAction(parse => Run(env, parse.GetValue(paths)!, parse.GetValue(format)!, parse.GetValue(require)));
        return cmd;
    }

    internal static int Run(CliEnvironment env, string[] inputs, string format, bool requireReason)
    {
        var session = LintInputs.NewSession(env);
        var results = LintInputs.Lint(env, session, inputs, "stdin.txt", showProgress: false);
        if (results is null) return ExitCodes.UsageOrIoError;
        var entries = new List<(SuppressionEntry Entry, bool ReasonRequired)>();
        foreach (var r in results)
        {
            if (r.Result is not { } lint) continue;
            bool required = requireReason || (r.Path != "stdin.txt" && File.Exists(r.Path) && session.ConfigFor(r.Path).RequireSuppressionReason);
            entries.AddRange(SuppressionEntry.From(r.Path, lint.Document).Select(e => (e, required)));
        }
        int missing = entries.Count(e => e.ReasonRequired && !e.Entry.HasReason);
        if (format == "json")
        {
            using var w = new JsonTextWriter(env.Out) { Formatting = Formatting.Indented, CloseOutput = false };
            w.WriteStartObject();
            w.WritePropertyName("suppressions");
            w.WriteStartArray();
            foreach (var (e, required) in entries)
            {
                w.WriteStartObject();
                w.WritePropertyName("path"); w.WriteValue(e.Path);
                w.WritePropertyName("line"); w.WriteValue(e.Line);
                w.WritePropertyName("column"); w.WriteValue(e.Column);
                w.WritePropertyName("kind"); w.WriteValue(SuppressionEntry.KindName(e.Kind));
                w.WritePropertyName("rules");
                w.WriteStartArray();
                foreach (var id in e.RuleIds) w.WriteValue(id);
                w.WriteEndArray();
                w.WritePropertyName("reason"); w.WriteValue(e.Reason);
                w.WritePropertyName("reasonRequired"); w.WriteValue(required);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WritePropertyName("withoutReason"); w.WriteValue(entries.Count(e => !e.Entry.HasReason));
            w.WriteEndObject();
            w.Flush();
            env.Out.WriteLine();
        }
        else
        {
            foreach (var (e, required) in entries)
            {
                var rules = e.RuleIds.Count == 0 ? "all rules" : string.Join(", ", e.RuleIds);
                var reason = e.HasReason ? e.Reason : required ? "NO REASON (required)" : "no reason given";
                env.Out.WriteLine($"{e.Path}:{e.Line}:{e.Column}: {SuppressionEntry.KindName(e.Kind)} {rules}: {reason}");
            }
            env.Out.WriteLine($"{entries.Count} suppression(s) in {entries.Select(e => e.Entry.Path).Distinct().Count()} file(s); {entries.Count(e => !e.Entry.HasReason)} without a reason.");
        }
        return missing > 0 ? ExitCodes.Findings : ExitCodes.Clean;
    }
}
