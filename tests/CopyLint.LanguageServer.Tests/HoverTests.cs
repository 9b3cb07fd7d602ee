using CopyLint.LanguageServer.Analysis;
using CopyLint.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Tests;

public sealed class HoverTests
{
    private const string Page = """
        # CL0001: Unattributed figure

        A figure that is a claim needs a source in its sentence.

        ## Examples

        Bad: About 500 people died in the fire.

        Good: About 500 people died in the fire, police said.

        ## Fix

        Add the source.
        """;

    [Fact]
    public async Task Hover_on_a_finding_shows_rule_message_summary_and_examples_from_the_rule_page()
    {
        using var ws = new TempWorkspace();
        var rules = ws.Write("docs/rules/CL0001.md", Page);
        await using var client = LspTestClient.StartInProcess(new RuleDocs([Path.GetDirectoryName(rules)!]));
        await client.InitializeAsync();
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        var diags = await client.WaitForDiagnosticsAsync(Drafts.Uri, 1);
        Assert.Equal(DocumentUris.FromPath(rules), (string?)diags.WithCode("CL0001").First()["codeDescription"]!["href"]);
        var hover = (await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Drafts.Uri }, position = new { line = 2, character = 3 } }))["result"]!;
        Assert.Equal("markdown", (string?)hover["contents"]!["kind"]);
        var value = (string)hover["contents"]!["value"]!;
        Assert.Contains("CL0001: Unattributed figure", value);
        Assert.Contains("About 500", value);                                        // the message names the figure
        Assert.Contains("A figure that is a claim needs a source in its sentence.", value);
        Assert.Contains("Good: About 500 people died in the fire, police said.", value);
        Assert.DoesNotContain("Add the source.", value);                            // only the Examples section
        Assert.Equal(2, (int)hover["range"]!["start"]!["line"]!);
    }

    [Fact]
    public async Task Hover_falls_back_to_the_descriptor_and_is_null_away_from_findings()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync();
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        var hover = (await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Drafts.Uri }, position = new { line = 0, character = 22 } }))["result"]!;
        Assert.Contains("needs a source", (string)hover["contents"]!["value"]!);
        var diags = await client.WaitForDiagnosticsAsync(Drafts.Uri, 1);
        Assert.DoesNotContain(diags, d => (int)d["range"]!["start"]!["line"]! <= 1 && (int)d["range"]!["end"]!["line"]! >= 1);
        var none = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Drafts.Uri }, position = new { line = 1, character = 0 } });
        Assert.Equal(JTokenType.Null, none["result"]!.Type);
    }

    [Fact]
    public void Rule_page_parsing_takes_first_paragraph_and_examples_section()
    {
        var doc = RuleDocs.Parse("x.md", Page.Split('\n'));
        Assert.Equal("A figure that is a claim needs a source in its sentence.", doc.Summary);
        Assert.StartsWith("Bad: About 500", doc.Examples);
        Assert.EndsWith("police said.", doc.Examples);
    }
}
