using CopyLint.Core.Analysis;

namespace CopyLint.Cli;

/// <summary>
/// What a command may touch besides the files it is given: output and error writers, standard input, whether
/// output goes to a terminal, and the analyzers to run. Tests pass their own; <see cref="Program"/> passes the console's.
/// </summary>
internal sealed class CliEnvironment
{
    public required TextWriter Out { get; init; }
    public required TextWriter Err { get; init; }
    public Func<Stream> OpenStdin { get; init; } = () => Stream.Null;
    /// <summary>Standard output is a terminal: colour and progress are allowed.</summary>
    public bool OutIsTerminal { get; init; }
    public bool ErrIsTerminal { get; init; }
    /// <summary>Analyzers to run instead of the built-in catalogue (tests).</summary>
    public IReadOnlyList<Analyzer>? Analyzers { get; init; }
    /// <summary>Folder that holds the CLI's executable (where <c>copylint lsp</c> looks for the server).</summary>
    public string ToolDirectory { get; init; } = AppContext.BaseDirectory;

    public bool UseColor => OutIsTerminal && Environment.GetEnvironmentVariable("NO_COLOR") is null;

    public static CliEnvironment FromConsole() => new()
    {
        // Redirected output (a pipeline, a file) is written through one 64 KiB buffer and flushed at exit: the console
        // writer flushes every write, which for a JSON report of a large folder meant a million write calls.
        Out = Console.IsOutputRedirected
            ? new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false), 1 << 16) { AutoFlush = false }
            : Console.Out,
        Err = Console.Error,
        OpenStdin = Console.OpenStandardInput,
        OutIsTerminal = !Console.IsOutputRedirected,
        ErrIsTerminal = !Console.IsErrorRedirected,
    };
}
