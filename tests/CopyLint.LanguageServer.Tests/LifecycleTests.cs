using CopyLint.LanguageServer.Tests.Infrastructure;

namespace CopyLint.LanguageServer.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Requests_before_initialize_get_ServerNotInitialized()
    {
        await using var client = LspTestClient.StartInProcess();
        var response = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Drafts.Uri }, position = new { line = 0, character = 0 } });
        Assert.Equal(-32002, (int)response["error"]!["code"]!);
    }

    [Fact]
    public async Task Initialize_announces_capabilities()
    {
        await using var client = LspTestClient.StartInProcess();
        var result = await client.InitializeAsync();
        var caps = result["capabilities"]!;
        Assert.Equal("utf-16", (string?)caps["positionEncoding"]);
        Assert.Equal(2, (int)caps["textDocumentSync"]!["change"]!);
        Assert.True((bool)caps["textDocumentSync"]!["openClose"]!);
        Assert.True((bool)caps["hoverProvider"]!);
        Assert.Contains("source.fixAll.copylint", caps["codeActionProvider"]!["codeActionKinds"]!.Select(k => (string?)k));
        Assert.Contains("copylint.lintWorkspace", caps["executeCommandProvider"]!["commands"]!.Select(k => (string?)k));
        Assert.Null(caps["diagnosticProvider"]); // push client
        Assert.Equal("copylint-server", (string?)result["serverInfo"]!["name"]);
    }

    [Fact]
    public async Task Second_initialize_is_an_invalid_request()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        var again = await client.RequestAsync("initialize", new { capabilities = new { } });
        Assert.Equal(-32600, (int)again["error"]!["code"]!);
    }

    [Fact]
    public async Task Shutdown_then_exit_ends_with_code_0_and_requests_in_between_are_refused()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        var shutdown = await client.RequestAsync("shutdown", null);
        Assert.True(shutdown.ContainsKey("result"));
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, shutdown["result"]!.Type);
        var late = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Drafts.Uri }, position = new { line = 0, character = 0 } });
        Assert.Equal(-32600, (int)late["error"]!["code"]!);
        await client.NotifyAsync("exit", null);
        Assert.Equal(0, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
    }

    [Fact]
    public async Task End_of_input_stops_the_server()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        client.CloseInput();
        Assert.Equal(1, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
    }
}
