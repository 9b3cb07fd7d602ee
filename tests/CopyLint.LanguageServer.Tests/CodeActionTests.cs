using CopyLint.Core.Text;
using CopyLint.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Tests;

public sealed class CodeActionTests
{
    private static string Apply(string text, JArray edits)
    {
        var source = SourceText.From(text);
        var changes = edits.Select(e => new TextChange(
            Conversions.ToSpan(source, e["range"]!.ToObject<Protocol.LspRange>(Protocol.LspJson.Serializer)!, PositionEncoding.Utf16), (string)e["newText"]!));
        return source.WithChanges(changes).ToString();
    }

    private static async Task<(LspTestClient Client, JArray Diagnostics)> OpenAsync(string text, bool documentChanges = false)
    {
        var client = LspTestClient.StartInProcess();
        await client.InitializeAsync(LspTestClient.Capabilities(documentChanges: documentChanges));
        await client.OpenAsync(Drafts.Uri, text);
        return (client, await client.WaitForDiagnosticsAsync(Drafts.Uri, 1));
    }

    [Fact]
    public async Task Actions_for_a_diagnostic_include_its_fix_suppression_and_fix_all()
    {
        var (client, diags) = await OpenAsync(Drafts.TwoFigures);
        await using var _ = client;
        var target = diags.WithCode("CL0001").First();
        var response = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Drafts.Uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } }, // cursor elsewhere: the diagnostic decides
            context = new { diagnostics = new[] { target } },
        });
        var actions = (JArray)response["result"]!;
        var titles = actions.Select(a => (string)a["title"]!).ToList();
        Assert.StartsWith("Add attribution", titles[0]);
        Assert.True((bool)actions[0]["isPreferred"]!);
        Assert.Contains(titles, t => t.StartsWith("Suppress CL0001", StringComparison.Ordinal));
        Assert.Contains("Fix all CL0001 in this document (2)", titles);
        Assert.All(actions, a => Assert.Equal("quickfix", (string?)a["kind"]));

        var fixedText = Apply(Drafts.TwoFigures, (JArray)actions[0]["edit"]!["changes"]![Drafts.Uri]!);
        Assert.Equal("Unemployment rose to 4.1% in March, according to <source>.", fixedText.Split('\n')[0]);

        var fixAll = actions.First(a => ((string)a["title"]!).StartsWith("Fix all", StringComparison.Ordinal));
        var allFixed = Apply(Drafts.TwoFigures, (JArray)fixAll["edit"]!["changes"]![Drafts.Uri]!);
        Assert.Equal(2, allFixed.Split("according to <source>").Length - 1);
    }

    [Fact]
    public async Task Applying_the_suppression_silences_the_finding()
    {
        var (client, diags) = await OpenAsync(Drafts.TwoFigures);
        await using var _ = client;
        var target = diags.WithCode("CL0001").First();
        var actions = (JArray)(await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Drafts.Uri }, range = target["range"], context = new { diagnostics = new[] { target } },
        }))["result"]!;
        var suppress = actions.First(a => ((string)a["title"]!).StartsWith("Suppress", StringComparison.Ordinal));
        var text = Apply(Drafts.TwoFigures, (JArray)suppress["edit"]!["changes"]![Drafts.Uri]!).Replace("<reason>", "figure from our own count");
        await client.ChangeAsync(Drafts.Uri, 2, new { text });
        var after = await client.WaitForDiagnosticsAsync(Drafts.Uri, 2);
        var left = Assert.Single(after.WithCode("CL0001"));
        Assert.Contains("About 500", (string?)left["message"]);
    }

    [Fact]
    public async Task Cursor_only_request_finds_the_finding_under_the_cursor_and_versioned_edits_are_used_when_supported()
    {
        var (client, _) = await OpenAsync(Drafts.TwoFigures, documentChanges: true);
        await using var __ = client;
        var actions = (JArray)(await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Drafts.Uri },
            range = new { start = new { line = 2, character = 2 }, end = new { line = 2, character = 2 } },
            context = new { diagnostics = Array.Empty<object>() },
        }))["result"]!;
        var first = actions[0];
        Assert.Equal("CL0001", (string?)first["diagnostics"]![0]!["code"]);
        var change = first["edit"]!["documentChanges"]![0]!;
        Assert.Equal(1, (int)change["textDocument"]!["version"]!);
        Assert.Equal(Drafts.Uri, (string?)change["textDocument"]!["uri"]);
    }

    [Fact]
    public async Task Only_source_fixAll_returns_no_quick_fixes()
    {
        var (client, diags) = await OpenAsync(Drafts.TwoFigures);
        await using var _ = client;
        var actions = (JArray)(await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Drafts.Uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 4, character = 0 } },
            context = new { diagnostics = diags, only = new[] { "source.fixAll" } },
        }))["result"]!;
        Assert.All(actions, a => Assert.Equal("source.fixAll.copylint", (string?)a["kind"]));
    }

    [Fact]
    public void Diff_produces_one_minimal_edit()
    {
        var before = SourceText.From("one two three");
        var edit = Analysis.CodeActionBuilder.Diff(before, SourceText.From("one 2 three"), PositionEncoding.Utf16);
        Assert.Equal(new Protocol.LspRange(new Protocol.Position(0, 4), new Protocol.Position(0, 7)), edit.Range);
        Assert.Equal("2", edit.NewText);
    }
}
