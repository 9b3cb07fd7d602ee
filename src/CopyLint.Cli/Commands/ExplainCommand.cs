using System.CommandLine;
using CopyLint.Cli.Docs;
using CopyLint.Cli.Output;
using CopyLint.Core.Diagnostics;

namespace CopyLint.Cli.Commands;

/// <summary><c>copylint explain CL0001</c>: print a rule's documentation page.</summary>
internal static class ExplainCommand
{
    public static Command Create(CliEnvironment env)
    {
        var id = new Argument<string>("rule") { Description = "A rule ID such as CL0001." };
        var cmd = new Command("explain", "Print a rule's documentation: cause, why, examples, fix, how to suppress and configure.") { id };
        cmd.SetAction(parse => Run(env, parse.GetValue(id)!));
        return cmd;
    }

    internal static int Run(CliEnvironment env, string ruleId)
    {
        var descriptor = Catalogue.Find(env, ruleId.Trim());
        var page = RuleDocs.Find(ruleId.Trim());
        if (descriptor is null && page is null)
        {
            env.Err.WriteLine($"copylint: unknown rule '{ruleId}'. Run 'copylint rules' to list the rules.");
            return ExitCodes.UsageOrIoError;
        }
        if (page is not null)
        {
            env.Out.Write(page);
            if (!page.EndsWith('\n')) env.Out.WriteLine();
            return ExitCodes.Clean;
        }
        // A rule without an embedded page (e.g. from a rule pack): print what the descriptor knows.
        var d = descriptor!;
        env.Out.WriteLine($"# {d.Id}: {d.Title}");
        env.Out.WriteLine();
        env.Out.WriteLine(d.Description);
        env.Out.WriteLine();
        env.Out.WriteLine($"Category: {d.Category}. Default severity: {d.DefaultSeverity.ToWireString()}{(d.IsEnabledByDefault ? "" : " (off by default)")}.");
        env.Out.WriteLine($"More: {d.HelpLinkUri}");
        return ExitCodes.Clean;
    }
}
