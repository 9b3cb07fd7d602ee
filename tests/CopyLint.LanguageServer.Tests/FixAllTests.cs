using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Tests;

public sealed class FixAllTests
{
    private const string Text = "Teh mayor said teh vote was close.\n\nTeh council agreed.\n";

    [Fact]
    public async Task Fix_all_for_a_rule_and_source_fixAll_apply_every_fix_at_once()
    {
        await using var client = LspTestClient.StartInProcess(analyzers: [new TypoAnalyzer()]);
        await client.InitializeAsync();
        await client.OpenAsync(Drafts.Uri, Text, "plaintext");
        var diags = await client.WaitForDiagnosticsAsync(Drafts.Uri, 1);
        Assert.Equal(3, diags.Count);

        var quick = (JArray)(await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Drafts.Uri }, range = diags[1]["range"], context = new { diagnostics = new[] { diags[1] } },
        }))["result"]!;
        var fixAll = quick.Single(a => (string?)a["title"] == "Fix all TEST01 in this document (3)");
        Assert.Equal("The mayor said the vote was close.\n\nThe council agreed.\n", Apply(Text, fixAll));

        var source = (JArray)(await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Drafts.Uri },
            range = new { start = new { line = 0, character = 0 }, end = new { line = 0, character = 0 } },
            context = new { diagnostics = Array.Empty<object>(), only = new[] { "source.fixAll.copylint" } },
        }))["result"]!;
        var all = Assert.Single(source);
        Assert.Equal("source.fixAll.copylint", (string?)all["kind"]);
        Assert.Equal("The mayor said the vote was close.\n\nThe council agreed.\n", Apply(Text, all));
    }

    private static string Apply(string text, JToken action)
    {
        var source = SourceText.From(text);
        var edits = (JArray)action["edit"]!["changes"]![Drafts.Uri]!;
        return source.WithChanges(edits.Select(e => new TextChange(
            Conversions.ToSpan(source, e["range"]!.ToObject<Protocol.LspRange>(Protocol.LspJson.Serializer)!, PositionEncoding.Utf16), (string)e["newText"]!))).ToString();
    }

    /// <summary>Flags "teh" with a safe fix, so fix-all has something unattended to apply.</summary>
    private sealed class TypoAnalyzer : Analyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST01", "Typo", "'{0}' is a typo", "Test", DiagnosticSeverity.Warning);
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];
        public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(ctx =>
        {
            var text = ctx.Document.Text.ToString();
            for (int i = text.IndexOf("eh ", StringComparison.Ordinal); i > 0; i = text.IndexOf("eh ", i + 1, StringComparison.Ordinal))
            {
                if (char.ToLowerInvariant(text[i - 1]) != 't') continue;
                var span = new TextSpan(i - 1, 3);
                var word = text.Substring(i - 1, 3);
                var fix = CodeFix.Replace($"Replace with '{word[0]}he'", span, word[0] + "he", isSafe: true, key: "typo");
                ctx.Report(new Diagnostic(Rule, span, DiagnosticSeverity.Warning, Rule.FormatMessage(word), fixes: [fix]));
            }
        }, SyntaxKind.Document);
    }
}
