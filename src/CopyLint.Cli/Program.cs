using System.CommandLine;
using CopyLint.Cli.Commands;

namespace CopyLint.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var env = CliEnvironment.FromConsole();
        try { return Run(args, env); }
        finally
        {
            try { env.Out.Flush(); }
            catch (IOException) { /* the reader went away (e.g. | head): nothing left to tell it */ }
        }
    }

    /// <summary>Parse and run; exit codes: 0 clean, 1 findings, 2 usage, I/O or configuration error.</summary>
    internal static int Run(string[] args, CliEnvironment env)
    {
        var root = BuildRoot(env);
        try
        {
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var error in parse.Errors) env.Err.WriteLine($"copylint: {error.Message}");
                env.Err.WriteLine("Run 'copylint --help' for usage.");
                return ExitCodes.UsageOrIoError;
            }
            return parse.Invoke(new InvocationConfiguration { Output = env.Out, Error = env.Err, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            env.Err.WriteLine($"copylint: internal error: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.UsageOrIoError;
        }
    }

    /// <summary>The command tree: one entry per command, each defined in Commands/.</summary>
    internal static RootCommand BuildRoot(CliEnvironment env) =>
        new("CopyLint: an editorial linter for news copy.")
        {
            CheckCommand.Create(env),
            FixCommand.Create(env),
            BaselineCommand.Create(env),
            SuppressionsCommand.Create(env),
            ReportCommand.Create(env),
            RulesCommand.Create(env),
            ExplainCommand.Create(env),
            LspCommand.Create(env),
            TestRulesCommand.Create(),
            InitCommand.Create(),
        };
}
