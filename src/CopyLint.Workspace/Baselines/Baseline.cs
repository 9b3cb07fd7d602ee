using CopyLint.Workspace.Sessions;
using Newtonsoft.Json;
using CopyLint.Workspace.Configuration;
using Newtonsoft.Json.Linq; // JTokenType only

namespace CopyLint.Workspace.Baselines;

/// <summary>
/// The findings a project has accepted for now (<c>copylint-baseline.json</c>). Paths are stored relative to the
/// baseline file's folder with forward slashes, so the file can be committed and used from any checkout.
/// </summary>
public sealed class Baseline
{
    public const int FormatVersion = 1;

    public Baseline(IReadOnlyList<BaselineEntry> entries) => Entries = entries;

    public IReadOnlyList<BaselineEntry> Entries { get; }

    /// <summary>Record the findings of <paramref name="results"/>; paths become relative to <paramref name="baseDirectory"/>.</summary>
    public static Baseline Create(IEnumerable<FileLintResult> results, string baseDirectory)
    {
        var entries = new List<BaselineEntry>();
        foreach (var r in results)
            if (r.Result is { } lint)
                entries.AddRange(Fingerprints.ForFile(KeyFor(r.Path, baseDirectory), lint.Document, lint.Diagnostics));
        return new Baseline(entries);
    }

    /// <summary>The baseline key of a file: its path relative to <paramref name="baseDirectory"/>, with '/' separators.</summary>
    public static string KeyFor(string path, string baseDirectory)
    {
        if (path == "-" || !Path.IsPathFullyQualified(path) && !File.Exists(path)) return path.Replace('\\', '/');
        return Path.GetRelativePath(Path.GetFullPath(baseDirectory), Path.GetFullPath(path)).Replace('\\', '/');
    }

    public void Write(TextWriter output)
    {
        using var w = new JsonTextWriter(output) { Formatting = Formatting.Indented, CloseOutput = false };
        w.WriteStartObject();
        w.WritePropertyName("version"); w.WriteValue(FormatVersion);
        w.WritePropertyName("tool"); w.WriteValue("copylint");
        w.WritePropertyName("entries");
        w.WriteStartArray();
        foreach (var e in Entries.OrderBy(e => e.Path, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WritePropertyName("path"); w.WriteValue(e.Path);
            w.WritePropertyName("ruleId"); w.WriteValue(e.RuleId);
            w.WritePropertyName("fingerprint"); w.WriteValue(e.Fingerprint);
            w.WritePropertyName("occurrence"); w.WriteValue(e.Occurrence);
            w.WritePropertyName("sentence"); w.WriteValue(e.Sentence);
            w.WritePropertyName("message"); w.WriteValue(e.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.Flush();
        output.WriteLine();
    }

    public void Save(string path)
    {
        var sw = new StringWriter { NewLine = "\n" };
        Write(sw);
        AtomicFile.WriteAllBytes(path, new System.Text.UTF8Encoding(false).GetBytes(sw.ToString()));
    }

    /// <summary>Read a baseline file. Throws <see cref="BaselineException"/> with file, line and column on bad content.</summary>
    public static Baseline Load(string path)
    {
        string json;
        try { json = File.ReadAllText(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new BaselineException($"{path}: cannot read baseline: {ex.Message}");
        }
        return Parse(json, path);
    }

    public static Baseline Parse(string json, string path)
    {
        JsonTreeNode root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json));
            root = JsonTreeNode.Load(reader);
        }
        catch (JsonReaderException ex)
        {
            throw new BaselineException($"{path}:{ex.LineNumber}:{ex.LinePosition}: invalid JSON: {ex.Message}");
        }
        if (root is not JsonTreeObject obj || obj["entries"] is not JsonTreeArray array)
            throw new BaselineException($"{Where(path, root)}: a baseline is an object with an \"entries\" array (write one with 'copylint baseline').");
        if (obj["version"] is JsonTreeValue { Type: JTokenType.Integer } v && (long)v.Value! > FormatVersion)
            throw new BaselineException($"{Where(path, v)}: baseline version {v} is newer than this copylint understands ({FormatVersion}).");
        var entries = new List<BaselineEntry>(array.Count);
        foreach (var item in array)
        {
            if (item is not JsonTreeObject e || Str(e, "path") is not { } p || Str(e, "ruleId") is not { } rule || Str(e, "fingerprint") is not { } fp)
                throw new BaselineException($"{Where(path, item)}: each entry needs string \"path\", \"ruleId\" and \"fingerprint\".");
            int occurrence = e["occurrence"] is JsonTreeValue { Type: JTokenType.Integer } o ? (int)(long)o.Value! : 0;
            entries.Add(new BaselineEntry(p, rule, fp, Str(e, "sentence") ?? "", occurrence, Str(e, "message") ?? ""));
        }
        return new Baseline(entries);
    }

    private static string? Str(JsonTreeObject o, string name) => o[name] is JsonTreeValue { Type: JTokenType.String } v ? (string)v.Value! : null;

    private static string Where(string path, JsonTreeNode token) =>
        token is IJsonLineInfo li && li.HasLineInfo() ? $"{path}:{li.LineNumber}:{li.LinePosition}" : path;
}
