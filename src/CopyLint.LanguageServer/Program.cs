namespace CopyLint.LanguageServer;

internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        if (args.Contains("--version"))
        {
            Console.Error.WriteLine("copylint-server " + typeof(Program).Assembly.GetName().Version);
            return 0;
        }
        // stdout carries the protocol only: anything written with Console.Out goes to stderr instead
        var stdout = Console.OpenStandardOutput();
        var stdin = Console.OpenStandardInput();
        Console.SetOut(Console.Error);
        var server = new CopyLintServer(stdin, stdout);
        try
        {
            return await server.RunAsync().ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            server.Log.Error($"fatal: {ex}");
            return 1;
        }
    }
}
