using System.Globalization;
using Newtonsoft.Json;
using System.Text;

namespace CopyLint.LanguageServer.Protocol;

/// <summary>
/// Writes publishDiagnostics parameters straight to UTF-8 JSON (no reflection, no token tree, no one big string) and keeps each document's
/// diagnostic fragments from its last publish: after a keystroke almost every finding is unchanged, so its JSON is
/// reused instead of written again (with its evidence, when that is unchanged too). The output is the same JSON the reflection serializer produces (camelCase, nulls
/// omitted; a test compares them).
/// </summary>
internal sealed class PublishDiagnosticsJson
{
    private readonly Dictionary<string, Dictionary<FragmentKey, WrittenFragment>> _lastByUri = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private static readonly byte[] Comma = ","u8.ToArray();
    private static readonly byte[] End = "]}"u8.ToArray();

    // A finding's JSON and the evidence it was written with: evidence is compared item by item before reuse.
    private readonly record struct WrittenFragment(byte[] Json, IReadOnlyList<DiagnosticRelatedInformation>? Related);

    private readonly record struct FragmentKey(string? Code, string Message, int? Severity, int StartLine, int StartCharacter, int EndLine, int EndCharacter, string? Href, string? Source);

    /// <summary>The params object as UTF-8 pieces: uri and version, then each finding's JSON (reused when unchanged).</summary>
    public PreparedParams Write(PublishDiagnosticsParams p)
    {
        var pieces = new List<byte[]>(2 + p.Diagnostics.Count * 2);
        var head = "{\"uri\":" + JsonConvert.ToString(p.Uri) + (p.Version is { } v ? ",\"version\":" + v.ToString(CultureInfo.InvariantCulture) : "") + ",\"diagnostics\":[";
        pieces.Add(Encoding.UTF8.GetBytes(head));
        Dictionary<FragmentKey, WrittenFragment>? last;
        lock (_gate) _lastByUri.TryGetValue(p.Uri, out last);
        var next = new Dictionary<FragmentKey, WrittenFragment>(p.Diagnostics.Count);
        for (int i = 0; i < p.Diagnostics.Count; i++)
        {
            if (i > 0) pieces.Add(Comma);
            var d = p.Diagnostics[i];
            if (d.Data is not null)
            {
                pieces.Add(Encoding.UTF8.GetBytes(Fragment(d))); // arbitrary data: written each time
                continue;
            }
            var key = new FragmentKey(d.Code, d.Message, d.Severity, d.Range.Start.Line, d.Range.Start.Character, d.Range.End.Line, d.Range.End.Character, d.CodeDescription?.Href, d.Source);
            if (!(next.TryGetValue(key, out var fragment) && SameEvidence(fragment.Related, d.RelatedInformation))
                && !(last is not null && last.TryGetValue(key, out fragment) && SameEvidence(fragment.Related, d.RelatedInformation)))
                fragment = new WrittenFragment(Encoding.UTF8.GetBytes(Fragment(d)), d.RelatedInformation);
            next[key] = fragment;
            pieces.Add(fragment.Json);
        }
        pieces.Add(End);
        lock (_gate)
        {
            if (next.Count == 0) _lastByUri.Remove(p.Uri);
            else _lastByUri[p.Uri] = next;
        }
        return new PreparedParams(pieces);
    }

    private static bool SameEvidence(IReadOnlyList<DiagnosticRelatedInformation>? a, IReadOnlyList<DiagnosticRelatedInformation>? b)
    {
        if ((a is null) != (b is null)) return false; // null is written as no property, an empty list as []
        int na = a?.Count ?? 0, nb = b?.Count ?? 0;
        if (na != nb) return false;
        for (int k = 0; k < na; k++) if (!a![k].Equals(b![k])) return false; // records: uri, range and message
        return true;
    }

    internal static string Fragment(LspDiagnostic d)
    {
        var sw = new StringWriter(CultureInfo.InvariantCulture);
        using (var w = new JsonTextWriter(sw))
        {
            w.WriteStartObject();
            w.WritePropertyName("range");
            WriteRange(w, d.Range);
            if (d.Severity is { } severity) { w.WritePropertyName("severity"); w.WriteValue(severity); }
            if (d.Code is not null) { w.WritePropertyName("code"); w.WriteValue(d.Code); }
            if (d.CodeDescription is not null)
            {
                w.WritePropertyName("codeDescription");
                w.WriteStartObject();
                w.WritePropertyName("href");
                w.WriteValue(d.CodeDescription.Href);
                w.WriteEndObject();
            }
            if (d.Source is not null) { w.WritePropertyName("source"); w.WriteValue(d.Source); }
            w.WritePropertyName("message");
            w.WriteValue(d.Message);
            if (d.RelatedInformation is not null)
            {
                w.WritePropertyName("relatedInformation");
                w.WriteStartArray();
                foreach (var r in d.RelatedInformation)
                {
                    w.WriteStartObject();
                    w.WritePropertyName("location");
                    w.WriteStartObject();
                    w.WritePropertyName("uri");
                    w.WriteValue(r.Location.Uri);
                    w.WritePropertyName("range");
                    WriteRange(w, r.Location.Range);
                    w.WriteEndObject();
                    w.WritePropertyName("message");
                    w.WriteValue(r.Message);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            if (d.Data is not null) { w.WritePropertyName("data"); d.Data.WriteTo(w); }
            w.WriteEndObject();
        }
        return sw.ToString();
    }

    private static void WriteRange(JsonWriter w, LspRange range)
    {
        w.WriteStartObject();
        w.WritePropertyName("start");
        WritePosition(w, range.Start);
        w.WritePropertyName("end");
        WritePosition(w, range.End);
        w.WriteEndObject();
    }

    private static void WritePosition(JsonWriter w, Position p)
    {
        w.WriteStartObject();
        w.WritePropertyName("line");
        w.WriteValue(p.Line);
        w.WritePropertyName("character");
        w.WriteValue(p.Character);
        w.WriteEndObject();
    }
}
