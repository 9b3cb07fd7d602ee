using System.Text.Json;
using CopyLint.Core.Diagnostics;
using CopyLint.Workspace.Configuration;

namespace CopyLint.Workspace.RulePacks;

/// <summary>The rule packs embedded from rules/packs/*.json at build time (shipped off, for desks to enable or copy).</summary>
public static class ShippedRulePacks
{
    private static readonly Lazy<LoadedRules> _all = new(Load);
    private static readonly Lazy<IReadOnlyList<(string Id, bool Enabled)>?> _index = new(ReadIndex);

    /// <summary>Every shipped rule, compiled (their errors too, though the shipped packs are tested to have none).</summary>
    public static LoadedRules All => _all.Value;

    /// <summary>
    /// Whether a shipped rule can report under <paramref name="config"/>: it is enabled by default and not set to
    /// "none", or the configuration gives it a severity. Answered from the packs' IDs and "enabled" flags alone,
    /// without compiling any rule; true whenever the packs cannot be read that simply (compiling then reports why).
    /// </summary>
    public static bool MayRunUnder(ProjectConfig config)
    {
        var index = _index.Value;
        if (index is null) return true;
        foreach (var (id, enabled) in index)
        {
            if (config.Severities.TryGetValue(id, out var s) && s != ReportSeverity.Default) { if (s != ReportSeverity.None) return true; }
            else if (enabled) return true;
        }
        return false;
    }

    /// <summary>
    /// (id, enabled) of each shipped rule; null when a pack is not of the plain shape this reads. One forward-only
    /// pass over each embedded pack's bytes (no text decoding, no document tree): this runs on every start-up.
    /// </summary>
    private static IReadOnlyList<(string Id, bool Enabled)>? ReadIndex()
    {
        var index = new List<(string, bool)>();
        var asm = typeof(ShippedRulePacks).Assembly;
        try
        {
            foreach (var name in asm.GetManifestResourceNames())
            {
                if (!name.StartsWith("packs/", StringComparison.Ordinal) || !name.EndsWith(".json", StringComparison.Ordinal)) continue;
                using var stream = asm.GetManifestResourceStream(name)!;
                var bytes = new byte[stream.Length];
                stream.ReadExactly(bytes);
                if (!ReadPackIndex(bytes, index)) return null;
            }
        }
        catch (JsonException) { return null; }
        return index;
    }

    private static bool ReadPackIndex(ReadOnlySpan<byte> utf8, List<(string, bool)> index)
    {
        if (utf8.StartsWith("\uFEFF"u8)) utf8 = utf8[3..];
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
        bool sawRules = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isRules = reader.ValueTextEquals("rules"u8);
            reader.Read();
            if (!isRules) { reader.Skip(); continue; }
            if (sawRules || reader.TokenType != JsonTokenType.StartArray) return false;
            sawRules = true;
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                if (reader.TokenType != JsonTokenType.StartObject) return false;
                string? id = null;
                bool enabled = true; // a rule's "enabled" defaults to true (RuleJsonReader)
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    bool isId = reader.ValueTextEquals("id"u8), isEnabled = reader.ValueTextEquals("enabled"u8);
                    reader.Read();
                    if (isId) { if (reader.TokenType != JsonTokenType.String) return false; id = reader.GetString(); }
                    else if (isEnabled) { if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False)) return false; enabled = reader.GetBoolean(); }
                    else reader.Skip();
                }
                if (id is null) return false;
                index.Add((id.Trim(), enabled));
            }
        }
        while (reader.Read()) { }
        return sawRules;
    }

    /// <summary>(name as "rules/packs/x.json", JSON text) for each shipped pack.</summary>
    public static IEnumerable<(string Name, string Json)> Files()
    {
        var asm = typeof(ShippedRulePacks).Assembly;
        foreach (var name in asm.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (!name.StartsWith("packs/", StringComparison.Ordinal) || !name.EndsWith(".json", StringComparison.Ordinal)) continue;
            using var stream = asm.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            yield return ("rules/" + name, reader.ReadToEnd());
        }
    }

    private static LoadedRules Load()
    {
        var analyzers = new List<Rules.Declarative.DeclarativeAnalyzer>();
        var errors = new List<Configuration.ConfigError>();
        foreach (var (name, json) in Files())
        {
            var r = RulePackLoader.LoadText(name, json);
            analyzers.AddRange(r.Analyzers);
            errors.AddRange(r.Errors);
        }
        return new LoadedRules(analyzers, errors);
    }
}
