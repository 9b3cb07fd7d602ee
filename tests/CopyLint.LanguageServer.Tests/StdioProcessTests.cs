using CopyLint.LanguageServer.Tests.Infrastructure;

namespace CopyLint.LanguageServer.Tests;

/// <summary>The built copylint-server.dll as a real process over stdin/stdout.</summary>
public sealed class StdioProcessTests
{
    private static string ServerDll => Path.Combine(AppContext.BaseDirectory, "copylint-server.dll");

    [Fact]
    public async Task Real_process_lints_over_stdio_and_exits_0_after_shutdown()
    {
        Assert.True(File.Exists(ServerDll), $"missing {ServerDll}");
        await using var client = LspTestClient.StartProcess(ServerDll);
        await client.InitializeAsync();
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        var diags = await client.WaitForDiagnosticsAsync(Drafts.Uri, 1);
        Assert.Equal(2, diags.WithCode("CL0001").Count());
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Drafts.Uri }, position = new { line = 0, character = 22 } });
        Assert.Contains("CL0001", hover["result"]!["contents"]!["value"]!.ToString());
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Real_process_exits_when_stdin_closes()
    {
        await using var client = LspTestClient.StartProcess(ServerDll);
        await client.InitializeAsync();
        client.CloseInput();
        Assert.Equal(1, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
    }
}
