namespace CopyLint.Cli.Tests.Infrastructure;

/// <summary>Runs the CLI in-process through its real parser with captured output.</summary>
internal static class CliRun
{
    public sealed record Outcome(int ExitCode, string Out, string Err);

    public static Outcome Run(params string[] args) => RunWith(null, null, args);

    public static Outcome RunWithTestRules(params string[] args) => RunWith(TestRules.All, null, args);

    public static Outcome RunWith(IReadOnlyList<Core.Analysis.Analyzer>? analyzers, string? stdin, params string[] args)
    {
        var o = new StringWriter { NewLine = "\n" };
        var e = new StringWriter { NewLine = "\n" };
        var env = new CliEnvironment
        {
            Out = o,
            Err = e,
            Analyzers = analyzers,
            OpenStdin = () => new MemoryStream(System.Text.Encoding.UTF8.GetBytes(stdin ?? "")),
        };
        int code = Program.Run(args, env);
        return new Outcome(code, o.ToString(), e.ToString());
    }
}
