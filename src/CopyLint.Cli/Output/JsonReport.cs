using CopyLint.Workspace.Sessions;
using CopyLint.Core.Diagnostics;
using Newtonsoft.Json;

namespace CopyLint.Cli.Output;

/// <summary>The JSON contract of shared/eval/README.md §1, written token by token (no reflection: AOT-safe).</summary>
internal static class JsonReport
{
    public static void Write(TextWriter output, IReadOnlyList<FileLintResult> results)
    {
        using var w = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        w.WriteStartObject();
        w.WritePropertyName("version"); w.WriteValue(1);
        w.WritePropertyName("files");
        w.WriteStartArray();
        foreach (var r in results)
        {
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
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteLine();
    }

    private static void WritePos(JsonTextWriter w, int line, int character)
    {
        w.WriteStartObject();
        w.WritePropertyName("line"); w.WriteValue(line);
        w.WritePropertyName("character"); w.WriteValue(character);
        w.WriteEndObject();
    }
}
