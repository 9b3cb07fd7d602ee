using CopyLint.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Tests;

public sealed class WorkspaceTests
{
    [Fact]
    public async Task Changed_copylint_json_reloads_configuration_and_relints()
    {
        using var ws = new TempWorkspace();
        ws.Write("copylint.json", """{ "root": true }""");
        var draft = ws.Write("story.md", Drafts.TwoFigures);
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync(rootUri: ws.Uri);
        var uri = DocumentUris.FromPath(draft);
        await client.OpenAsync(uri, Drafts.TwoFigures);
        await client.WaitForDiagnosticsAsync(uri, 1, d => d.WithCode("CL0001").Any());
        ws.Write("copylint.json", """{ "root": true, "rules": { "CL0001": "none" } }""");
        await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = ws.UriOf("copylint.json"), type = 2 } } });
        await client.WaitForDiagnosticsAsync(uri, 1, d => !d.WithCode("CL0001").Any());
    }

    [Fact]
    public async Task Broken_configuration_is_reported_and_linting_goes_on_with_defaults()
    {
        using var ws = new TempWorkspace();
        ws.Write("copylint.json", "{ \"root\": true,\n  \"rulez\": {} }");
        var uri = DocumentUris.FromPath(ws.Write("story.md", Drafts.TwoFigures));
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync(rootUri: ws.Uri);
        await client.OpenAsync(uri, Drafts.TwoFigures);
        Assert.NotEmpty((await client.WaitForDiagnosticsAsync(uri, 1)).WithCode("CL0001"));
        var configDiags = await client.WaitForDiagnosticsAsync(ws.UriOf("copylint.json"));
        var error = Assert.Single(configDiags);
        Assert.Equal(1, (int)error["range"]!["start"]!["line"]!);
        Assert.Contains("rulez", (string?)error["message"]);
        var shown = await client.WaitForNotificationAsync("window/showMessage");
        Assert.Equal(1, (int)shown["type"]!);
    }

    [Fact]
    public async Task Each_workspace_folder_uses_its_own_configuration()
    {
        using var ws = new TempWorkspace();
        ws.Write("desk-a/copylint.json", """{ "root": true, "rules": { "CL0001": "error" } }""");
        ws.Write("desk-b/copylint.json", """{ "root": true, "rules": { "CL0001": "hint" } }""");
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync(workspaceFolders: [new { uri = ws.UriOf("desk-a"), name = "a" }, new { uri = ws.UriOf("desk-b"), name = "b" }]);
        string a = ws.UriOf("desk-a/story.md"), b = ws.UriOf("desk-b/story.md");
        await client.OpenAsync(a, Drafts.TwoFigures);
        await client.OpenAsync(b, Drafts.TwoFigures);
        Assert.All((await client.WaitForDiagnosticsAsync(a, 1)).WithCode("CL0001"), d => Assert.Equal(1, (int)d["severity"]!));
        Assert.All((await client.WaitForDiagnosticsAsync(b, 1)).WithCode("CL0001"), d => Assert.Equal(4, (int)d["severity"]!));
    }

    [Fact]
    public async Task LintWorkspace_reports_progress_and_publishes_for_files_on_disk()
    {
        using var ws = new TempWorkspace();
        ws.Write("copylint.json", """{ "root": true }""");
        ws.Write("a.md", Drafts.TwoFigures);
        ws.Write("sub/b.txt", "About 500 people died in the fire.\n");
        ws.Write("sub/ignore.bin", "500");
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync(rootUri: ws.Uri);
        var response = await client.RequestAsync("workspace/executeCommand", new { command = "copylint.lintWorkspace", workDoneToken = "tok-1" });
        Assert.Equal(2, (int)response["result"]!["files"]!);
        Assert.True((int)response["result"]!["findings"]! >= 3);
        var progress = client.Notifications("$/progress").Where(p => (string?)p["token"] == "tok-1").Select(p => (string?)p["value"]!["kind"]).ToList();
        Assert.Equal("begin", progress[0]);
        Assert.Contains("report", progress);
        Assert.Equal("end", progress[^1]);
        Assert.NotEmpty((await client.WaitForDiagnosticsAsync(ws.UriOf("sub/b.txt"))).WithCode("CL0001"));
    }

    [Fact]
    public async Task Unknown_command_is_invalid_params()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        var response = await client.RequestAsync("workspace/executeCommand", new { command = "copylint.nope" });
        Assert.Equal(-32602, (int)response["error"]!["code"]!);
    }
}
