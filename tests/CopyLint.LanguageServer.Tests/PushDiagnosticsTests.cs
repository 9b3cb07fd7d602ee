using CopyLint.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Tests;

public sealed class PushDiagnosticsTests
{
    [Fact]
    public async Task Open_publishes_findings_with_code_source_severity_and_link()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        var diags = await client.WaitForDiagnosticsAsync(Drafts.Uri, 1);
        var cl1 = diags.WithCode("CL0001").ToList();
        Assert.Equal(2, cl1.Count);
        var first = cl1[0];
        Assert.Equal("copylint", (string?)first["source"]);
        Assert.Equal(2, (int)first["severity"]!);
        Assert.EndsWith("CL0001.md", (string?)first["codeDescription"]!["href"]);
        Assert.Equal(new JObject { ["line"] = 0, ["character"] = 21 }, first["range"]!["start"]);
        Assert.Equal(new JObject { ["line"] = 0, ["character"] = 25 }, first["range"]!["end"]);
        Assert.Contains("4.1%", (string?)first["message"]);
    }

    [Fact]
    public async Task Related_information_points_at_the_evidence()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.OpenAsync(Drafts.Uri, "The ministry said the toll was rising. At least 120 people are dead.\n", "plaintext");
        var diags = await client.WaitForDiagnosticsAsync(Drafts.Uri, 1, d => d.WithCode("CL0001").Any());
        var related = (JArray)diags.WithCode("CL0001").First()["relatedInformation"]!;
        Assert.Equal(Drafts.Uri, (string?)related[0]["location"]!["uri"]);
        Assert.Contains("previous sentence", (string?)related[0]["message"]);
    }

    [Fact]
    public async Task Incremental_edit_relints_and_publishes_for_the_new_version()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        await client.WaitForDiagnosticsAsync(Drafts.Uri, 1);
        // "in March." -> "in March, the statistics office said."
        await client.ChangeAsync(Drafts.Uri, 2, new { range = new { start = new { line = 0, character = 34 }, end = new { line = 0, character = 35 } }, text = ", the statistics office said." });
        var diags = await client.WaitForDiagnosticsAsync(Drafts.Uri, 2);
        var remaining = Assert.Single(diags.WithCode("CL0001"));
        Assert.Equal(2, (int)remaining["range"]!["start"]!["line"]!);
    }

    [Fact]
    public async Task Full_text_change_is_accepted()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        await client.WaitForDiagnosticsAsync(Drafts.Uri, 1);
        await client.ChangeAsync(Drafts.Uri, 2, new { text = Drafts.Clean });
        var diags = await client.WaitForDiagnosticsAsync(Drafts.Uri, 2);
        Assert.Empty(diags.WithCode("CL0001"));
    }

    [Fact]
    public async Task Rapid_edits_publish_only_for_the_latest_version()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync(initializationOptions: new { copylint = new { debounceMs = 400 } });
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        await client.WaitForDiagnosticsAsync(Drafts.Uri, 1);
        for (int v = 2; v <= 12; v++)
            await client.ChangeAsync(Drafts.Uri, v, new { range = new { start = new { line = 3, character = 0 }, end = new { line = 3, character = 0 } }, text = "x" });
        await client.WaitForDiagnosticsAsync(Drafts.Uri, 12);
        var versions = client.Notifications("textDocument/publishDiagnostics").Where(n => (string?)n["uri"] == Drafts.Uri).Select(n => (int?)n["version"]).Distinct().ToList();
        Assert.Equal([1, 12], versions);
    }

    [Fact]
    public async Task Close_clears_the_diagnostics()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        await client.WaitForDiagnosticsAsync(Drafts.Uri, 1);
        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = Drafts.Uri } });
        var cleared = await client.WaitForNotificationAsync("textDocument/publishDiagnostics", n => (string?)n["uri"] == Drafts.Uri && ((JArray)n["diagnostics"]!).Count == 0);
        Assert.Null((int?)cleared["version"]);
    }

    [Theory]
    [InlineData("file:///tmp/a/story.txt", "plaintext")]
    [InlineData("file:///tmp/a/story.html", "html")]
    [InlineData("file:///tmp/a/story.md", "")]
    public async Task Plaintext_markdown_and_html_are_linted(string uri, string languageId)
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        var text = languageId == "html" ? "<html><body><p>About 500 people died in the fire.</p></body></html>" : "About 500 people died in the fire.\n";
        await client.OpenAsync(uri, text, languageId);
        var diags = await client.WaitForDiagnosticsAsync(uri, 1);
        Assert.Single(diags.WithCode("CL0001"));
    }

    [Fact]
    public async Task Other_languages_are_not_tracked()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.OpenAsync("file:///tmp/a/program.cs", "var x = 500;", "csharp");
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        await client.WaitForDiagnosticsAsync(Drafts.Uri, 1);
        Assert.DoesNotContain(client.Notifications("textDocument/publishDiagnostics"), n => (string?)n["uri"] == "file:///tmp/a/program.cs");
    }
}
