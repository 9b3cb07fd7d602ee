using CopyLint.LanguageServer.Tests.Infrastructure;

namespace CopyLint.LanguageServer.Tests;

public sealed class RobustnessTests
{
    [Fact]
    public async Task Malformed_json_gets_a_parse_error_and_the_server_keeps_going()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.SendAsync("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"textDocument/hover\",\"params\":{");
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (client.OrphanResponses.Count == 0 && DateTime.UtcNow < deadline) await Task.Delay(10);
        var error = Assert.Single(client.OrphanResponses);
        Assert.Equal(-32700, (int)error["error"]!["code"]!);
        Assert.Equal(Newtonsoft.Json.Linq.JTokenType.Null, error["id"]!.Type);
        var after = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Drafts.Uri }, position = new { line = 0, character = 0 } });
        Assert.True(after.ContainsKey("result"));
    }

    [Fact]
    public async Task Unknown_request_is_MethodNotFound_and_unknown_notification_is_ignored()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.NotifyAsync("copylint/noSuchNotification", new { x = 1 });
        await client.NotifyAsync("$/setTrace", new { value = "off" });
        var response = await client.RequestAsync("copylint/noSuchMethod", new { });
        Assert.Equal(-32601, (int)response["error"]!["code"]!);
    }

    [Fact]
    public async Task Invalid_params_are_reported_as_such()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        var response = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Drafts.Uri }, position = new { line = "first", character = 0 } });
        Assert.Equal(-32602, (int)response["error"]!["code"]!);
    }

    [Fact]
    public async Task Change_for_unknown_document_and_out_of_range_edits_do_not_break_the_server()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.ChangeAsync("file:///tmp/never-opened.md", 2, new { text = "x" });
        await client.OpenAsync(Drafts.Uri, "abc\n");
        await client.ChangeAsync(Drafts.Uri, 2, new { range = new { start = new { line = 40, character = 3 }, end = new { line = 50, character = 0 } }, text = "Z" });
        await client.ChangeAsync(Drafts.Uri, 3, new { range = new { start = new { line = 0, character = 99 }, end = new { line = 0, character = 1 } }, text = "Y" });
        var diags = await client.WaitForDiagnosticsAsync(Drafts.Uri, 3);
        Assert.NotNull(diags);
        var log = client.ServerLog!.ToString();
        Assert.Contains("not open", log);
        Assert.Contains("clamped", log);
    }

    [Fact]
    public async Task Cancelled_request_is_answered_with_RequestCancelled()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync(LspTestClient.Capabilities(pull: true));
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        var first = await client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() });
        var ids = first["result"]!["items"]!.Select(i => new { uri = (string?)i["uri"], value = (string?)i["resultId"] }).ToArray();
        var (id, pending) = client.StartRequest("workspace/diagnostic", new { previousResultIds = ids });
        await Task.Delay(100);
        Assert.False(pending.IsCompleted); // long poll: nothing changed
        await client.NotifyAsync("$/cancelRequest", new { id });
        var response = await pending;
        Assert.Equal(-32800, (int)response["error"]!["code"]!);
    }
}
