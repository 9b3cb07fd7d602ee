using System.Reflection;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Text;
using CopyLint.Workspace.Baselines;
using CopyLint.Workspace.Sessions;
using Newtonsoft.Json;

namespace CopyLint.Cli.Output;

/// <summary>SARIF 2.1.0, written token by token (no reflection: AOT-safe). Columns are UTF-16 code units, 1-based.</summary>
internal sealed class SarifReport : IReportWriter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    public const string FingerprintKey = "copylintSentence/v1";

    private readonly TextWriter _output;
    private readonly JsonTextWriter _w;
    private readonly List<DiagnosticDescriptor> _rules;
    private readonly Dictionary<string, int> _ruleIndex = new(StringComparer.OrdinalIgnoreCase);
    private readonly string _baselineDirectory;

    /// <param name="rules">The catalogue; rules reported but missing from it (e.g. from a rule pack) are added as they appear.</param>
    public SarifReport(TextWriter output, IReadOnlyList<DiagnosticDescriptor> rules, string baselineDirectory)
    {
        _output = output;
        _rules = rules.ToList();
        for (int i = 0; i < _rules.Count; i++) _ruleIndex.TryAdd(_rules[i].Id, i);
        _baselineDirectory = baselineDirectory;
        _w = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        _w.WriteStartObject();
        _w.WritePropertyName("$schema"); _w.WriteValue(SchemaUri);
        _w.WritePropertyName("version"); _w.WriteValue("2.1.0");
        _w.WritePropertyName("runs");
        _w.WriteStartArray();
        _w.WriteStartObject();
        _w.WritePropertyName("columnKind"); _w.WriteValue("utf16CodeUnits");
        // Results stream first; the tool object (with every rule seen) follows: SARIF objects are unordered.
        _w.WritePropertyName("results");
        _w.WriteStartArray();
    }

    public static void Write(TextWriter output, IReadOnlyList<FileLintResult> results, IReadOnlyList<DiagnosticDescriptor> rules, BaselineComparison? baseline, string baselineDirectory)
    {
        var report = new SarifReport(output, rules, baselineDirectory);
        foreach (var r in results) report.WriteFile(r, baseline);
        report.Finish(baseline?.Absent);
    }

    private int IndexOf(DiagnosticDescriptor d)
    {
        if (_ruleIndex.TryGetValue(d.Id, out var i)) return i;
        _rules.Add(d);
        return _ruleIndex[d.Id] = _rules.Count - 1;
    }

    /// <summary>With a baseline, pass the file's full findings: unchanged ones are written with baselineState "unchanged".</summary>
    public void WriteFile(FileLintResult r, BaselineComparison? baseline)
    {
        var w = _w;
        if (r.Result is not { } lint || r.Text is not { } text) return;
        var uri = UriFor(r.Path);
        var prints = Fingerprints.ForFile(r.Path, lint.Document, lint.Diagnostics);
        for (int i = 0; i < lint.Diagnostics.Count; i++)
        {
            var d = lint.Diagnostics[i];
            w.WriteStartObject();
            w.WritePropertyName("ruleId"); w.WriteValue(d.Id);
            w.WritePropertyName("ruleIndex"); w.WriteValue(IndexOf(d.Descriptor));
            w.WritePropertyName("level"); w.WriteValue(Level(d.Severity));
            w.WritePropertyName("message"); WriteMessage(w, d.Message);
            w.WritePropertyName("locations");
            w.WriteStartArray();
            w.WriteStartObject();
            WritePhysical(w, uri, text, d.Span);
            w.WriteEndObject();
            w.WriteEndArray();
            if (d.Related.Count > 0)
            {
                w.WritePropertyName("relatedLocations");
                w.WriteStartArray();
                for (int k = 0; k < d.Related.Count; k++)
                {
                    w.WriteStartObject();
                    w.WritePropertyName("id"); w.WriteValue(k + 1);
                    WritePhysical(w, uri, text, d.Related[k].Span);
                    w.WritePropertyName("message"); WriteMessage(w, d.Related[k].Message);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
            }
            w.WritePropertyName("partialFingerprints");
            w.WriteStartObject();
            w.WritePropertyName(FingerprintKey); w.WriteValue(prints[i].Fingerprint);
            w.WriteEndObject();
            if (baseline is not null)
            {
                w.WritePropertyName("baselineState"); w.WriteValue(StateName(baseline.StateOf(d)));
            }
            w.WriteEndObject();
        }
    }

    public void Finish(IReadOnlyList<BaselineEntry>? absent)
    {
        var w = _w;
        foreach (var gone in absent ?? [])
        {
            w.WriteStartObject();
            w.WritePropertyName("ruleId"); w.WriteValue(gone.RuleId);
            if (_ruleIndex.TryGetValue(gone.RuleId, out var index)) { w.WritePropertyName("ruleIndex"); w.WriteValue(index); }
            w.WritePropertyName("level"); w.WriteValue("note");
            w.WritePropertyName("message"); WriteMessage(w, $"Fixed since the baseline: {gone.Message}");
            w.WritePropertyName("locations");
            w.WriteStartArray();
            w.WriteStartObject();
            w.WritePropertyName("physicalLocation");
            w.WriteStartObject();
            w.WritePropertyName("artifactLocation");
            w.WriteStartObject();
            w.WritePropertyName("uri"); w.WriteValue(UriFor(Path.Combine(_baselineDirectory, gone.Path)));
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndArray();
            w.WritePropertyName("partialFingerprints");
            w.WriteStartObject();
            w.WritePropertyName(FingerprintKey); w.WriteValue(gone.Fingerprint);
            w.WriteEndObject();
            w.WritePropertyName("baselineState"); w.WriteValue("absent");
            w.WriteEndObject();
        }
        w.WriteEndArray();
        WriteTool(w, _rules);
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        _output.WriteLine();
        ((IDisposable)w).Dispose();
    }

    private static void WriteTool(JsonTextWriter w, IReadOnlyList<DiagnosticDescriptor> rules)
    {
        var version = typeof(SarifReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
        int plus = version.IndexOf('+');
        if (plus >= 0) version = version[..plus];
        w.WritePropertyName("tool");
        w.WriteStartObject();
        w.WritePropertyName("driver");
        w.WriteStartObject();
        w.WritePropertyName("name"); w.WriteValue("CopyLint");
        w.WritePropertyName("version"); w.WriteValue(version);
        w.WritePropertyName("semanticVersion"); w.WriteValue(version);
        w.WritePropertyName("informationUri"); w.WriteValue("https://github.com/copylint/copylint");
        w.WritePropertyName("rules");
        w.WriteStartArray();
        foreach (var rule in rules)
        {
            w.WriteStartObject();
            w.WritePropertyName("id"); w.WriteValue(rule.Id);
            w.WritePropertyName("name"); w.WriteValue(PascalName(rule.Title));
            w.WritePropertyName("shortDescription"); WriteMessage(w, rule.Title);
            w.WritePropertyName("fullDescription"); WriteMessage(w, rule.Description);
            w.WritePropertyName("helpUri"); w.WriteValue(rule.HelpLinkUri);
            w.WritePropertyName("help"); WriteMessage(w, $"{rule.Description} See {rule.HelpLinkUri}");
            w.WritePropertyName("defaultConfiguration");
            w.WriteStartObject();
            w.WritePropertyName("level"); w.WriteValue(Level(rule.DefaultSeverity));
            w.WritePropertyName("enabled"); w.WriteValue(rule.IsEnabledByDefault);
            w.WriteEndObject();
            w.WritePropertyName("properties");
            w.WriteStartObject();
            w.WritePropertyName("category"); w.WriteValue(rule.Category);
            w.WritePropertyName("tags");
            w.WriteStartArray(); w.WriteValue(rule.Category); w.WriteEndArray();
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WritePhysical(JsonTextWriter w, string uri, SourceText text, TextSpan span)
    {
        var pos = text.GetLinePositionSpan(span);
        w.WritePropertyName("physicalLocation");
        w.WriteStartObject();
        w.WritePropertyName("artifactLocation");
        w.WriteStartObject();
        w.WritePropertyName("uri"); w.WriteValue(uri);
        w.WriteEndObject();
        w.WritePropertyName("region");
        w.WriteStartObject();
        w.WritePropertyName("startLine"); w.WriteValue(pos.Start.Line + 1);
        w.WritePropertyName("startColumn"); w.WriteValue(pos.Start.Character + 1);
        w.WritePropertyName("endLine"); w.WriteValue(pos.End.Line + 1);
        w.WritePropertyName("endColumn"); w.WriteValue(pos.End.Character + 1);
        w.WritePropertyName("charOffset"); w.WriteValue(span.Start);
        w.WritePropertyName("charLength"); w.WriteValue(span.Length);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteMessage(JsonTextWriter w, string text)
    {
        w.WriteStartObject();
        w.WritePropertyName("text"); w.WriteValue(text);
        w.WriteEndObject();
    }

    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static string StateName(BaselineState state) => state switch
    {
        BaselineState.New => "new",
        BaselineState.Unchanged => "unchanged",
        _ => "absent",
    };

    /// <summary>"Unattributed figure" -> "UnattributedFigure" (SARIF's recommended rule name form).</summary>
    public static string PascalName(string title)
    {
        var sb = new System.Text.StringBuilder(title.Length);
        bool upper = true;
        foreach (var c in title)
        {
            if (!char.IsLetterOrDigit(c)) { upper = true; continue; }
            sb.Append(upper ? char.ToUpperInvariant(c) : c);
            upper = false;
        }
        return sb.ToString();
    }

    /// <summary>A relative path stays relative (forward slashes, percent-encoded); an absolute one becomes a file: URI.</summary>
    public static string UriFor(string path)
    {
        if (Path.IsPathFullyQualified(path)) return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        var parts = path.Replace('\\', '/').Split('/');
        return string.Join('/', parts.Select(p => p == "." || p == ".." ? p : Uri.EscapeDataString(p)));
    }
}
