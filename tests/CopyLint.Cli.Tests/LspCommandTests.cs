using CopyLint.Cli.Commands;
using CopyLint.Cli.Tests.Infrastructure;

namespace CopyLint.Cli.Tests;

public sealed class LspCommandTests
{
    [Fact]
    public void Without_a_server_next_to_the_cli_it_exits_2_with_a_clear_message()
    {
        using var dir = new TempDir();
        var err = new StringWriter();
        var env = new CliEnvironment { Out = new StringWriter(), Err = err, ToolDirectory = dir.Path };
        Assert.Equal(2, Program.Run(["lsp"], env));
        Assert.Contains("language server is not installed", err.ToString());
        Assert.Contains(dir.Path, err.ToString());
    }

    [Fact]
    public void Finds_a_native_server_first_then_the_dll_and_forwards_arguments()
    {
        using var dir = new TempDir();
        File.WriteAllText(dir.Combine("copylint-server.dll"), "");
        var viaDll = LspCommand.FindServer(dir.Path, ["--stdio"])!;
        Assert.Equal([dir.Combine("copylint-server.dll"), "--stdio"], viaDll.ArgumentList);
        Assert.False(viaDll.UseShellExecute);
        Assert.False(viaDll.RedirectStandardInput);
        Assert.False(viaDll.RedirectStandardOutput);

        File.WriteAllText(dir.Combine(OperatingSystem.IsWindows() ? "copylint-server.exe" : "copylint-server"), "");
        var native = LspCommand.FindServer(dir.Path, [])!;
        Assert.EndsWith(OperatingSystem.IsWindows() ? "copylint-server.exe" : "copylint-server", native.FileName);
        Assert.Empty(native.ArgumentList);
    }

    [Fact]
    public void Runs_the_server_with_inherited_stdio_and_returns_its_exit_code()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDir();
        var server = dir.Combine("copylint-server");
        File.WriteAllText(server, "#!/bin/sh\nexit 7\n");
        File.SetUnixFileMode(server, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var env = new CliEnvironment { Out = new StringWriter(), Err = new StringWriter(), ToolDirectory = dir.Path };
        Assert.Equal(7, Program.Run(["lsp", "--stdio"], env));
    }
}
