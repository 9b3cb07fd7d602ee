using CopyLint.Rules.Declarative;
using CopyLint.Workspace.Configuration;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq; // JTokenType only

namespace CopyLint.Workspace.RulePacks;

/// <summary>
/// Loads rule packs ({"name", "rules": [...]}) from files and folders, and inline "customRules" from copylint.json.
/// Never throws on bad input: an unreadable or malformed pack is one error and is skipped; a bad rule is skipped
/// with its errors while the pack's other rules load. Errors carry file, line and column.
/// </summary>
public static class RulePackLoader
{
    /// <summary>Packs larger than this are refused unread (a word list of 100,000 terms is about 2 MB).</summary>
    public const long MaxPackBytes = 16 * 1024 * 1024;
    /// <summary>Deepest JSON nesting a pack may use (a pattern step object sits at depth 6).</summary>
    public const int MaxJsonDepth = 32;

    /// <summary>
    /// Everything that applies to a configuration: its rulePacks, then its customRules (a later duplicate ID is an error),
    /// then the shipped packs' rules whose IDs the desk has not redefined.
    /// </summary>
    public static LoadedRules LoadFor(ProjectConfig config, bool includeShipped = true)
    {
        var parts = new List<LoadedRules>();
        foreach (var path in config.RulePacks) parts.Add(LoadPath(path));
        if (config.InlineRulesJson is not null) parts.Add(LoadInline(config.InlineRulesPath, config.InlineRulesJson));
        var desk = Combine(parts);
        return includeShipped ? WithShipped(desk) : desk;
    }

    /// <summary>The shipped packs' rules whose IDs the desk has not redefined, then the desk's (what LoadFor returns with the shipped packs).</summary>
    public static LoadedRules WithShipped(LoadedRules desk)
    {
        // A desk that copies a shipped pack and edits it overrides the shipped rules of the same IDs.
        var ids = desk.Analyzers.Select(a => a.Rule.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var shipped = ShippedRulePacks.All;
        return new LoadedRules([.. shipped.Analyzers.Where(a => !ids.Contains(a.Rule.Id)), .. desk.Analyzers], [.. shipped.Errors, .. desk.Errors]);
    }

    /// <summary>Merge several loads, keeping the first rule of each ID and reporting the others.</summary>
    public static LoadedRules Combine(IEnumerable<LoadedRules> parts)
    {
        var analyzers = new List<DeclarativeAnalyzer>();
        var errors = new List<ConfigError>();
        var seen = new Dictionary<string, DeclarativeAnalyzer>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in parts)
        {
            errors.AddRange(part.Errors);
            foreach (var a in part.Analyzers)
            {
                if (seen.TryGetValue(a.Rule.Id, out var first))
                {
                    errors.Add(new ConfigError(a.Rule.Source ?? "?", 1, 1, $"Rule ID {a.Rule.Id} is already defined in {first.Rule.Source}; this definition is skipped. Give each desk rule its own ID."));
                    continue;
                }
                seen[a.Rule.Id] = a;
                analyzers.Add(a);
            }
        }
        return new LoadedRules(analyzers, errors);
    }

    /// <summary>A pack file, or every *.json pack in a folder and its subfolders (in name order).</summary>
    public static LoadedRules LoadPath(string path)
    {
        if (Directory.Exists(path))
        {
            var files = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
            return Combine(files.Select(LoadFile));
        }
        if (File.Exists(path)) return LoadFile(path);
        return new LoadedRules([], [new ConfigError(path, 1, 1, "Rule pack not found: expected a .json rule pack or a folder of them (check \"rulePacks\" in copylint.json).")]);
    }

    public static LoadedRules LoadFile(string path)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > MaxPackBytes)
                return new LoadedRules([], [new ConfigError(path, 1, 1, $"Rule pack is {info.Length / 1024 / 1024} MB; the limit is {MaxPackBytes / 1024 / 1024} MB. Split it into several packs.")]);
            return LoadText(path, File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new LoadedRules([], [new ConfigError(path, 1, 1, $"Cannot read rule pack: {ex.Message}")]);
        }
    }

    /// <summary>Parse a pack's JSON text; <paramref name="file"/> names it in errors and in each rule's Source.</summary>
    public static LoadedRules LoadText(string file, string json)
    {
        var (root, error) = ParseJson(file, json);
        if (root is null) return new LoadedRules([], [error!]);
        var reader = new RuleJsonReader(file);
        var errors = new List<ConfigError>();
        if (root is not JsonTreeObject pack)
            return new LoadedRules([], [ConfigLoader.At(file, root, "A rule pack must be an object: {\"name\": \"…\", \"rules\": [ … ]}.")]);
        foreach (var p in pack.Properties())
        {
            if (Array.IndexOf(RulePackKeys.Pack, p.Name) >= 0)
            {
                if (p.Name is "name" or "description" or "$schema" && p.Value.Type != JTokenType.String)
                    errors.Add(ConfigLoader.At(file, p.Value, $"\"{p.Name}\" must be a string."));
                continue;
            }
            errors.Add(ConfigLoader.At(file, p, $"Unknown key \"{p.Name}\" in the rule pack. Expected \"name\", \"description\" or \"rules\" (and \"$schema\")."));
        }
        if (pack["name"] is null) errors.Add(ConfigLoader.At(file, pack, "The rule pack is missing \"name\"."));
        if (pack["rules"] is not JsonTreeArray rules)
        {
            errors.Add(ConfigLoader.At(file, pack["rules"] ?? pack, "The rule pack needs \"rules\": a list of rule objects."));
            return new LoadedRules([], errors);
        }
        var result = ReadRules(reader, rules);
        errors.AddRange(result.Errors);
        return new LoadedRules(result.Analyzers, errors);
    }

    /// <summary>Inline "customRules": re-read from the config file for line numbers, or from the stored JSON.</summary>
    public static LoadedRules LoadInline(string? configPath, string inlineJson)
    {
        if (configPath is not null && File.Exists(configPath))
        {
            var (root, _) = ParseJson(configPath, File.ReadAllText(configPath));
            if (root is JsonTreeObject o && o["customRules"] is JsonTreeArray fromFile)
                return ReadRules(new RuleJsonReader(configPath), fromFile);
        }
        var label = configPath is null ? "customRules" : configPath + " (customRules)";
        var (token, error) = ParseJson(label, inlineJson);
        if (token is null) return new LoadedRules([], [error!]);
        if (token is not JsonTreeArray arr) return new LoadedRules([], [ConfigLoader.At(label, token, "\"customRules\" must be an array of rule objects.")]);
        return ReadRules(new RuleJsonReader(label), arr);
    }

    private static LoadedRules ReadRules(RuleJsonReader reader, JsonTreeArray rules)
    {
        var analyzers = new List<DeclarativeAnalyzer>();
        foreach (var token in rules)
        {
            var rule = reader.Read(token);
            if (rule is null) continue;
            var analyzer = reader.Compile(rule, token);
            if (analyzer is not null) analyzers.Add(analyzer);
        }
        return Combine([new LoadedRules(analyzers, reader.Errors)]);
    }

    private static (JsonTreeNode? Root, ConfigError? Error) ParseJson(string file, string json)
    {
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None, MaxDepth = MaxJsonDepth };
            var root = JsonTreeNode.Load(reader, duplicateKeysAreErrors: true);
            while (reader.Read())
                if (reader.TokenType != JsonToken.Comment)
                    return (null, new ConfigError(file, reader.LineNumber, reader.LinePosition, "Unexpected content after the end of the rule pack."));
            return (root, null);
        }
        catch (JsonReaderException ex)
        {
            var message = ex.Message.Split(" Path '")[0].Split(", line ")[0];
            if (message.Contains("MaxDepth", StringComparison.Ordinal)) message = $"JSON nests deeper than {MaxJsonDepth} levels; a rule pack never needs that.";
            return (null, new ConfigError(file, Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition), message));
        }
    }
}
