using System.CommandLine;
using CopyLint.Workspace.Configuration;
using CopyLint.Workspace.RulePacks;

namespace CopyLint.Cli.Commands;

/// <summary>
/// <c>copylint test-rules PATH</c>: run the examples of every desk rule in a pack file, a folder of packs, or a
/// copylint.json (its rulePacks and customRules). Bad examples must fire, good ones must not. Exit 0 when all pass,
/// 1 when an example fails or a rule does not load, 2 when PATH does not exist.
/// </summary>
internal static class TestRulesCommand
{
    public static Command Create()
    {
        var path = new Argument<string>("path") { Description = "A rule pack (.json), a folder of rule packs, or a copylint.json with rulePacks/customRules." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print failures only." };
        var cmd = new Command("test-rules", "Run the bad/good examples of desk rules: bad examples must be flagged, good ones must not.") { path, quiet };
        cmd.SetAction(parse => Run(parse.GetValue(path)!, parse.GetValue(quiet), Console.Out, Console.Error));
        return cmd;
    }

    internal static int Run(string path, bool quiet, TextWriter stdout, TextWriter stderr)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            stderr.WriteLine($"copylint: {path}: no such rule pack or folder");
            return 2;
        }
        LoadedRules loaded;
        if (File.Exists(full) && Path.GetFileName(full).Equals(ConfigLoader.FileName, StringComparison.OrdinalIgnoreCase))
        {
            var (config, errors) = ConfigLoader.Parse(full, File.ReadAllText(full));
            if (config is null)
            {
                foreach (var e in errors) stderr.WriteLine(e);
                return 1;
            }
            loaded = RulePackLoader.LoadFor(config, includeShipped: false);
        }
        else loaded = RulePackLoader.LoadPath(full);

        foreach (var e in loaded.Errors) stderr.WriteLine(e);
        var outcomes = RuleExampleRunner.Run(loaded.Analyzers);
        int failed = 0;
        foreach (var o in outcomes)
        {
            if (!o.Passed) failed++;
            if (quiet && o.Passed) continue;
            var label = $"{o.RuleId} {(o.IsBad ? "bad" : "good")}[{o.Index}]";
            stdout.WriteLine($"{(o.Passed ? "PASS" : "FAIL")} {label}: {OneLine(o.Text)}");
            if (!o.Passed) stdout.WriteLine($"     {o.Detail}");
        }
        var untested = loaded.Analyzers.Where(a => a.Rule.Examples.Bad.Count == 0).Select(a => a.Rule.Id).ToList();
        if (untested.Count > 0) stdout.WriteLine($"note: no bad examples for {string.Join(", ", untested)}");
        stdout.WriteLine($"{loaded.Analyzers.Count} rule(s), {outcomes.Count} example(s): {outcomes.Count - failed} passed, {failed} failed" +
                         (loaded.Errors.Count > 0 ? $", {loaded.Errors.Count} rule error(s)" : ""));
        return failed > 0 || loaded.Errors.Count > 0 ? 1 : 0;
    }

    private static string OneLine(string text)
    {
        var s = text.ReplaceLineEndings(" ⏎ ");
        return s.Length > 100 ? s[..100] + "…" : s;
    }
}
