using CopyLint.Workspace.Sessions;
using CopyLint.Core.Diagnostics;
using CopyLint.Workspace.Baselines;

namespace CopyLint.Cli.Output;

/// <summary>
/// The JSON contract of shared/eval/README.md §1, written token by token (no reflection: AOT-safe) and file by file,
/// so a large run never holds every document in memory. The text is what Newtonsoft's indented writer produced
/// (<see cref="IndentedJsonWriter"/>).
/// </summary>
internal sealed class JsonReport : IReportWriter
{
    private readonly TextWriter _output;
    private readonly IndentedJsonWriter _w;

    public JsonReport(TextWriter output)
    {
        _output = output;
        _w = new IndentedJsonWriter(output);
        _w.WriteStartObject();
        _w.WritePropertyName("version"); _w.WriteValue(1);
        _w.WritePropertyName("files");
        _w.WriteStartArray();
    }

    public static void Write(TextWriter output, IReadOnlyList<FileLintResult> results)
    {
        var report = new JsonReport(output);
        foreach (var r in results) report.WriteFile(r, null);
        report.Finish(null);
    }

    public void WriteFile(FileLintResult r, BaselineComparison? baseline)
    {
        var w = _w;
        w.WriteStartObject();
        w.WritePropertyName("path"); w.WriteValue(r.Path);
        if (r.Error is not null) { w.WritePropertyName("error"); w.WriteValue(r.Error); }
        w.WritePropertyName("diagnostics");
        w.WriteStartArray();
        if (r.Result is { } lint && r.Text is { } text)
        {
            foreach (var d in lint.Diagnostics)
            {
                var span = text.GetLinePositionSpan(d.Span);
                w.WriteStartObject();
                w.WritePropertyName("ruleId"); w.WriteValue(d.Id);
                w.WritePropertyName("severity"); w.WriteValue(d.Severity.ToWireString());
                w.WritePropertyName("message"); w.WriteValue(d.Message);
                w.WritePropertyName("range");
                w.WriteStartObject();
                w.WritePropertyName("start"); WritePos(w, span.Start.Line, span.Start.Character);
                w.WritePropertyName("end"); WritePos(w, span.End.Line, span.End.Character);
                w.WriteEndObject();
                w.WritePropertyName("offset"); w.WriteValue(d.Span.Start);
                w.WritePropertyName("length"); w.WriteValue(d.Span.Length);
                w.WritePropertyName("helpUri"); w.WriteValue(d.Descriptor.HelpLinkUri);
                if (d.Related.Count > 0)
                {
                    w.WritePropertyName("related");
                    w.WriteStartArray();
                    foreach (var rel in d.Related)
                    {
                        var rs = text.GetLinePositionSpan(rel.Span);
                        w.WriteStartObject();
                        w.WritePropertyName("message"); w.WriteValue(rel.Message);
                        w.WritePropertyName("range");
                        w.WriteStartObject();
                        w.WritePropertyName("start"); WritePos(w, rs.Start.Line, rs.Start.Character);
                        w.WritePropertyName("end"); WritePos(w, rs.End.Line, rs.End.Character);
                        w.WriteEndObject();
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public void Finish(IReadOnlyList<BaselineEntry>? absent)
    {
        _w.WriteEndArray();
        _w.WriteEndObject();
        _w.Flush();
        _output.WriteLine();
    }

    private static void WritePos(IndentedJsonWriter w, int line, int character)
    {
        w.WriteStartObject();
        w.WritePropertyName("line"); w.WriteValue(line);
        w.WritePropertyName("character"); w.WriteValue(character);
        w.WriteEndObject();
    }
}
