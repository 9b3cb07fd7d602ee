using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Syntax;
using CopyLint.LanguageServer.Tests.Infrastructure;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Tests;

public sealed class PullDiagnosticsTests
{
    [Fact]
    public async Task Pull_client_gets_reports_with_result_ids_and_unchanged_reports()
    {
        await using var client = LspTestClient.StartInProcess();
        var init = await client.InitializeAsync(LspTestClient.Capabilities(pull: true));
        Assert.Equal("copylint", (string?)init["capabilities"]!["diagnosticProvider"]!["identifier"]);
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        var first = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Drafts.Uri } }))["result"]!;
        Assert.Equal("full", (string?)first["kind"]);
        Assert.Equal(2, ((JArray)first["items"]!).WithCode("CL0001").Count());
        var resultId = (string?)first["resultId"];
        var again = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Drafts.Uri }, previousResultId = resultId }))["result"]!;
        Assert.Equal("unchanged", (string?)again["kind"]);
        Assert.Equal(resultId, (string?)again["resultId"]);
        await client.ChangeAsync(Drafts.Uri, 2, new { text = Drafts.Clean });
        var changed = (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = Drafts.Uri }, previousResultId = resultId }))["result"]!;
        Assert.Equal("full", (string?)changed["kind"]);
        Assert.NotEqual(resultId, (string?)changed["resultId"]);
        Assert.Empty(client.Notifications("textDocument/publishDiagnostics"));
    }

    [Fact]
    public async Task Workspace_pull_waits_for_a_change_when_the_client_is_up_to_date()
    {
        await using var client = LspTestClient.StartInProcess();
        await client.InitializeAsync(LspTestClient.Capabilities(pull: true));
        await client.OpenAsync(Drafts.Uri, Drafts.TwoFigures);
        var first = (await client.RequestAsync("workspace/diagnostic", new { previousResultIds = Array.Empty<object>() }))["result"]!;
        var item = Assert.Single(first["items"]!);
        Assert.Equal(Drafts.Uri, (string?)item["uri"]);
        Assert.Equal(1, (int)item["version"]!);
        var (_, pending) = client.StartRequest("workspace/diagnostic", new { previousResultIds = new[] { new { uri = Drafts.Uri, value = (string?)item["resultId"] } } });
        await client.ChangeAsync(Drafts.Uri, 2, new { text = Drafts.Clean });
        var second = (await pending)["result"]!;
        var updated = Assert.Single(second["items"]!);
        Assert.Equal("full", (string?)updated["kind"]);
        Assert.Equal(2, (int)updated["version"]!);
    }

    [Fact]
    public async Task A_pull_overtaken_by_an_edit_is_answered_with_ContentModified()
    {
        var slow = new BlockingAnalyzer();
        await using var client = LspTestClient.StartInProcess(analyzers: [slow]);
        await client.InitializeAsync(LspTestClient.Capabilities(pull: true));
        await client.OpenAsync(Drafts.Uri, "a draft");
        var (_, pending) = client.StartRequest("textDocument/diagnostic", new { textDocument = new { uri = Drafts.Uri } });
        Assert.True(slow.Entered.Wait(LspTestClient.Timeout));
        await client.ChangeAsync(Drafts.Uri, 2, new { text = "another draft" });
        var response = await pending;
        Assert.Equal(-32801, (int)response["error"]!["code"]!);
    }

    /// <summary>Blocks inside analysis until its cancellation token fires.</summary>
    private sealed class BlockingAnalyzer : Analyzer
    {
        private static readonly DiagnosticDescriptor Rule = new("TEST001", "Test", "Test", "Test", DiagnosticSeverity.Warning);
        public ManualResetEventSlim Entered { get; } = new();
        public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics => [Rule];
        public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(ctx =>
        {
            Entered.Set();
            ctx.CancellationToken.WaitHandle.WaitOne(TimeSpan.FromSeconds(30));
            ctx.CancellationToken.ThrowIfCancellationRequested();
        }, SyntaxKind.Document);
    }
}
