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

    /// <summary>(id, enabled) of each shipped rule; null when a pack is not of the plain shape this reads.</summary>
    private static IReadOnlyList<(string Id, bool Enabled)>? ReadIndex()
    {
        var index = new List<(string, bool)>();
        try
        {
            foreach (var (_, json) in Files())
            {
                using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
                if (!doc.RootElement.TryGetProperty("rules", out var rules) || rules.ValueKind != JsonValueKind.Array) return null;
                foreach (var rule in rules.EnumerateArray())
                {
                    if (rule.ValueKind != JsonValueKind.Object || !rule.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String) return null;
                    bool enabled = true; // a rule's "enabled" defaults to true (RuleJsonReader)
                    if (rule.TryGetProperty("enabled", out var e))
                    {
                        if (e.ValueKind is not (JsonValueKind.True or JsonValueKind.False)) return null;
                        enabled = e.GetBoolean();
                    }
                    index.Add((id.GetString()!.Trim(), enabled));
                }
            }
        }
        catch (JsonException) { return null; }
        return index;
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
