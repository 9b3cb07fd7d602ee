using System.CommandLine;
using CopyLint.Cli.Output;
using CopyLint.Core.Diagnostics;
using Newtonsoft.Json;

namespace CopyLint.Cli.Commands;

/// <summary><c>copylint rules</c>: the rule catalogue as a table or JSON.</summary>
internal static class RulesCommand
{
    public static Command Create(CliEnvironment env)
    {
        var format = new Option<string>("--format", "-f") { Description = "Output format: text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var cmd = new Command("rules", "List the rules: ID, default severity, enabled by default, category, title.") { format };
        cmd.SetAction(parse => Run(env, parse.GetValue(format)!));
        return cmd;
    }

    internal static int Run(CliEnvironment env, string format)
    {
        var rules = Catalogue.Descriptors(env);
        if (format == "json")
        {
            using var w = new JsonTextWriter(env.Out) { Formatting = Formatting.Indented, CloseOutput = false };
            w.WriteStartArray();
            foreach (var r in rules)
            {
                w.WriteStartObject();
                w.WritePropertyName("id"); w.WriteValue(r.Id);
                w.WritePropertyName("title"); w.WriteValue(r.Title);
                w.WritePropertyName("category"); w.WriteValue(r.Category);
                w.WritePropertyName("defaultSeverity"); w.WriteValue(r.DefaultSeverity.ToWireString());
                w.WritePropertyName("enabledByDefault"); w.WriteValue(r.IsEnabledByDefault);
                w.WritePropertyName("description"); w.WriteValue(r.Description);
                w.WritePropertyName("helpUri"); w.WriteValue(r.HelpLinkUri);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.Flush();
            env.Out.WriteLine();
            return ExitCodes.Clean;
        }
        var rows = rules.Select(r => new[] { r.Id, r.DefaultSeverity.ToWireString(), r.IsEnabledByDefault ? "yes" : "no", r.Category, r.Title }).ToList();
        string[] header = ["ID", "SEVERITY", "ENABLED", "CATEGORY", "TITLE"];
        var widths = Enumerable.Range(0, header.Length - 1).Select(i => rows.Select(r => r[i].Length).Append(header[i].Length).Max()).ToArray();
        void Row(string[] cells) =>
            env.Out.WriteLine(string.Join("  ", cells.Take(widths.Length).Select((c, i) => c.PadRight(widths[i]))) + "  " + cells[^1]);
        Row(header);
        foreach (var r in rows) Row(r);
        return ExitCodes.Clean;
    }
}
