using System.CommandLine;
using CopyLint.Cli.Commands;

namespace CopyLint.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        var root = new RootCommand("CopyLint: an editorial linter for news copy.")
        {
            CheckCommand.Create(),
            TestRulesCommand.Create(),
            InitCommand.Create(),
        };
        try
        {
            return root.Parse(args).Invoke();
        }
        catch (Exception ex)
        {
            Console.Error.WriteLine($"copylint: internal error: {ex.Message}");
            return 2;
        }
    }
}
