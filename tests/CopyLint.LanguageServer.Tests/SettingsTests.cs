using CopyLint.Core.Diagnostics;
using CopyLint.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Tests;

public sealed class SettingsTests
{
    [Fact]
    public async Task Severity_override_from_workspace_configuration_applies()
    {
        await using var client = LspTestClient.StartInProcess();
        client.Settings = JObject.FromObject(new { severity = new { CL0001 = "error" } });
        await client.InitializeAsync();
        await client.WaitForNotificationAsync("window/logMessage", n => ((string?)n["message"])?.Contains("severity overrides=1") == true);
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        var diags = await client.WaitForDiagnosticsAsync(Drafts.Uri, 1);
        Assert.All(diags.WithCode("CL0001"), d => Assert.Equal(1, (int)d["severity"]!));
        Assert.Single(client.ServerRequests("workspace/configuration"));
        var registration = Assert.Single(client.ServerRequests("client/registerCapability"));
        Assert.Contains("workspace/didChangeWatchedFiles", registration.ToString());
    }

    [Fact]
    public async Task DidChangeConfiguration_relints_open_documents()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync(LspTestClient.Capabilities(configuration: false));
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        await client.WaitForDiagnosticsAsync(Drafts.Uri, 1, d => d.WithCode("CL0001").Any());
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { copylint = new { severity = new { CL0001 = "none" } } } });
        await client.WaitForDiagnosticsAsync(Drafts.Uri, 1, d => !d.WithCode("CL0001").Any());
        await client.NotifyAsync("workspace/didChangeConfiguration", new { settings = new { copylint = new { enable = false } } });
        await client.WaitForDiagnosticsAsync(Drafts.Uri, 1, d => d.Count == 0);
    }

    [Fact]
    public async Task Languages_and_globs_choose_the_documents()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync(LspTestClient.Capabilities(configuration: false), initializationOptions: new { copylint = new { languages = new[] { "markdown" }, globs = new[] { "**/drafts/**" } } });
        const string inDrafts = "file:///tmp/ws/drafts/a.md", elsewhere = "file:///tmp/ws/notes/a.md", text = "file:///tmp/ws/drafts/a.txt";
        await client.OpenAsync(inDrafts, Drafts.TwoFigures);
        await client.OpenAsync(elsewhere, Drafts.TwoFigures);
        await client.OpenAsync(text, Drafts.TwoFigures, "plaintext");
        Assert.NotEmpty(await client.WaitForDiagnosticsAsync(inDrafts, 1));
        Assert.Empty(await client.WaitForDiagnosticsAsync(elsewhere, 1));
        Assert.Empty(await client.WaitForDiagnosticsAsync(text, 1));
    }

    [Fact]
    public void Every_key_in_the_settings_list_is_read()
    {
        var values = new Dictionary<string, JToken>
        {
            ["copylint.enable"] = false,
            ["copylint.severity"] = new JObject { ["CL0002"] = "hint" },
            ["copylint.debounceMs"] = 20,
            ["copylint.languages"] = new JArray("html"),
            ["copylint.globs"] = new JArray("*.md"),
        };
        Assert.Equal(values.Keys.Order(), ServerSettings.Keys.Order());
        var obj = new JObject();
        foreach (var (k, v) in values) obj[k] = v;
        var problems = new List<string>();
        var s = ServerSettings.Parse(obj, problems);
        Assert.Empty(problems);
        Assert.False(s.Enable);
        Assert.Equal(ReportSeverity.Hint, s.Severity["CL0002"]);
        Assert.Equal(20, s.DebounceMs);
        Assert.Equal(["html"], s.Languages);
        Assert.Equal(["*.md"], s.Globs);
    }

    [Fact]
    public void Bad_setting_values_are_reported_and_keep_their_defaults()
    {
        var problems = new List<string>();
        var s = ServerSettings.Parse(JObject.Parse("""{"copylint":{"enable":"yes","debounceMs":-4,"severity":{"CL0001":"loud"},"languages":"md"}}"""), problems);
        Assert.Equal(4, problems.Count);
        Assert.True(s.Enable);
        Assert.Equal(150, s.DebounceMs);
        Assert.Empty(s.Severity);
        Assert.Equal(ServerSettings.DefaultLanguages, s.Languages);
    }
}
