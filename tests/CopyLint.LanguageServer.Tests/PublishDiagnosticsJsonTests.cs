using CopyLint.LanguageServer.Protocol;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer.Tests;

public class PublishDiagnosticsJsonTests
{
    private static LspDiagnostic Make(int line, string message, bool related = false, bool data = false) => new()
    {
        Range = new LspRange(new Position(line, 2), new Position(line, 9)),
        Severity = line % 2 == 0 ? 2 : null,
        Code = "CL0001",
        CodeDescription = new CodeDescription("https://example.test/CL0001.md"),
        Source = "copylint",
        Message = message,
        RelatedInformation = related ? [new DiagnosticRelatedInformation(new Location("file:///d.md", new LspRange(new Position(0, 0), new Position(0, 4))), "nearest cue \"said\"")] : null,
        Data = data ? new JObject { ["fix"] = "x" } : null,
    };

    [Fact]
    public void Writes_the_same_json_as_the_reflection_serializer()
    {
        var p = new PublishDiagnosticsParams("file:///d.md", 7, [Make(0, "plain"), Make(1, "quote \" and \\ and \u2019"), Make(2, "with evidence", related: true), Make(3, "with data", data: true)]);
        var fast = JToken.Parse(new PublishDiagnosticsJson().Write(p).ToString());
        var reflected = LspJson.ToToken(p);
        Assert.True(JToken.DeepEquals(reflected, fast), $"expected {reflected}\nactual {fast}");
    }

    [Fact]
    public void Version_is_omitted_when_null_and_an_empty_set_clears()
    {
        var writer = new PublishDiagnosticsJson();
        writer.Write(new PublishDiagnosticsParams("file:///d.md", 1, [Make(0, "a")]));
        var cleared = JToken.Parse(writer.Write(new PublishDiagnosticsParams("file:///d.md", null, [])).ToString());
        Assert.True(JToken.DeepEquals(LspJson.ToToken(new PublishDiagnosticsParams("file:///d.md", null, [])), cleared));
    }

    [Fact]
    public void A_reused_fragment_follows_the_current_diagnostic()
    {
        var writer = new PublishDiagnosticsJson();
        writer.Write(new PublishDiagnosticsParams("file:///d.md", 1, [Make(0, "a"), Make(1, "b")]));
        // the second publish keeps "a", moves "b" a line down and changes its text: only matching fragments are reused
        var second = new PublishDiagnosticsParams("file:///d.md", 2, [Make(0, "a"), Make(2, "b2")]);
        Assert.True(JToken.DeepEquals(LspJson.ToToken(second), JToken.Parse(writer.Write(second).ToString())));
    }

    private static LspDiagnostic WithEvidence(LspDiagnostic d, List<DiagnosticRelatedInformation>? related) => new()
    {
        Range = d.Range, Severity = d.Severity, Code = d.Code, CodeDescription = d.CodeDescription, Source = d.Source,
        Message = d.Message, RelatedInformation = related, Data = d.Data,
    };

    [Fact]
    public void A_finding_with_evidence_is_reused_only_while_its_evidence_is_the_same()
    {
        var writer = new PublishDiagnosticsJson();
        var first = Make(2, "with evidence", related: true);
        writer.Write(new PublishDiagnosticsParams("file:///d.md", 1, [first]));
        // same finding, evidence moved a line down: the new evidence must be written
        var moved = WithEvidence(first, [new DiagnosticRelatedInformation(new Location("file:///d.md", new LspRange(new Position(1, 0), new Position(1, 4))), "nearest cue \"said\"")]);
        var second = new PublishDiagnosticsParams("file:///d.md", 2, [moved]);
        Assert.True(JToken.DeepEquals(LspJson.ToToken(second), JToken.Parse(writer.Write(second).ToString())));
        // evidence gone: no relatedInformation property at all
        var bare = new PublishDiagnosticsParams("file:///d.md", 3, [WithEvidence(moved, null)]);
        Assert.True(JToken.DeepEquals(LspJson.ToToken(bare), JToken.Parse(writer.Write(bare).ToString())));
        // and back: unchanged evidence reuses the piece written for version 2 only if it equals it
        var again = new PublishDiagnosticsParams("file:///d.md", 4, [moved]);
        Assert.True(JToken.DeepEquals(LspJson.ToToken(again), JToken.Parse(writer.Write(again).ToString())));
    }

    [Fact]
    public void A_prepared_notification_is_one_content_length_frame_holding_the_whole_message()
    {
        var p = new PublishDiagnosticsParams("file:///dé.md", 3, [Make(0, "café “quoted”"), Make(1, "b", related: true)]);
        var frame = new System.Buffers.ArrayBufferWriter<byte>();
        CopyLint.LanguageServer.Rpc.LspMessageHandler.WritePrepared(frame, "textDocument/publishDiagnostics", new PublishDiagnosticsJson().Write(p));
        var bytes = frame.WrittenSpan.ToArray();
        int split = System.Text.Encoding.ASCII.GetString(bytes).IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var header = System.Text.Encoding.ASCII.GetString(bytes, 0, split);
        Assert.Equal($"Content-Length: {bytes.Length - split - 4}", header); // the length counts UTF-8 bytes, not characters
        var message = JObject.Parse(System.Text.Encoding.UTF8.GetString(bytes, split + 4, bytes.Length - split - 4));
        Assert.Equal("2.0", (string?)message["jsonrpc"]);
        Assert.Equal("textDocument/publishDiagnostics", (string?)message["method"]);
        Assert.Null(message["id"]);
        Assert.True(JToken.DeepEquals(LspJson.ToToken(p), message["params"]), message.ToString());
    }
}
