using System.CommandLine;
using System.Diagnostics;

namespace CopyLint.Cli.Commands;

/// <summary><c>copylint lsp</c>: run the language server (<c>copylint-server</c> next to this executable) over stdio.</summary>
internal static class LspCommand
{
    public static Command Create(CliEnvironment env)
    {
        var cmd = new Command("lsp", "Start the CopyLint language server on standard input and output (for editors); other arguments go to the server.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        cmd.SetAction(parse => Run(env, parse.UnmatchedTokens));
        return cmd;
    }

    internal static int Run(CliEnvironment env, IReadOnlyList<string>? serverArgs = null)
    {
        var start = FindServer(env.ToolDirectory, serverArgs ?? []);
        if (start is null)
        {
            env.Err.WriteLine($"copylint: the language server is not installed: no copylint-server or copylint-server.dll in {env.ToolDirectory}. " +
                              "Install it next to copylint (publish src/CopyLint.LanguageServer into the same folder).");
            return ExitCodes.UsageOrIoError;
        }
        try
        {
            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            env.Err.WriteLine($"copylint: cannot start the language server {start.FileName}: {ex.Message}");
            return ExitCodes.UsageOrIoError;
        }
    }

    /// <summary>How to start the server found in <paramref name="directory"/>: a native executable, or <c>dotnet copylint-server.dll</c>.</summary>
    internal static ProcessStartInfo? FindServer(string directory, IReadOnlyList<string> serverArgs)
    {
        var native = Path.Combine(directory, OperatingSystem.IsWindows() ? "copylint-server.exe" : "copylint-server");
        var dll = Path.Combine(directory, "copylint-server.dll");
        ProcessStartInfo info;
        if (File.Exists(native))
        {
            info = new ProcessStartInfo(native);
        }
        else if (File.Exists(dll))
        {
            // Only the dll (framework-dependent build without an apphost): run it with the dotnet host.
            var host = Environment.ProcessPath is { } p && Path.GetFileNameWithoutExtension(p) == "dotnet" ? p : "dotnet";
            info = new ProcessStartInfo(host) { ArgumentList = { dll } };
        }
        else
        {
            return null;
        }
        info.UseShellExecute = false;
        foreach (var arg in serverArgs) info.ArgumentList.Add(arg);
        return info;
    }
}
