using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Rules;
using CopyLint.Rules.Lexicons;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq; // JTokenType only: the tree is JsonTree (see there why)

namespace CopyLint.Workspace.Configuration;

/// <summary>
/// Finds and parses copylint.json. Discovery walks up from a file's folder; configs up the chain are merged
/// (nearer wins) until one says "root": true. Every error carries file, line and column.
/// </summary>
public static class ConfigLoader
{
    public const string FileName = "copylint.json";

    internal static readonly HashSet<string> TopLevelKeys = new(StringComparer.Ordinal)
    {
        "$schema", "root", "rules", "lexicons", "rulePacks", "customRules", "exclude", "requireSuppressionReason",
    };

    /// <summary>The config files that apply to <paramref name="directory"/>, nearest first, up to a root config.</summary>
    public static IReadOnlyList<string> FindChain(string directory)
    {
        var chain = new List<string>();
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FileName);
            if (!File.Exists(candidate)) continue;
            chain.Add(candidate);
            try
            {
                if (ReadRootFlag(candidate)) break;
            }
            catch (Exception) { break; } // the parse error is reported by Load
        }
        return chain;
    }

    private static bool ReadRootFlag(string path)
    {
        // As JToken.Parse(text).Value<bool?>("root") == true did: malformed JSON or a "root" that does not convert to a
        // boolean throws, which ends the walk (Load then reports the file's errors); a leading comment is not an object.
        using var reader = new JsonTextReader(new StringReader(File.ReadAllText(path)));
        if (!reader.Read()) throw new JsonReaderException("Error reading JToken from JsonReader.");
        var token = reader.TokenType == JsonToken.Comment ? null : JsonTreeNode.Load(reader);
        while (reader.Read()) { }
        if (token is not JsonTreeObject o || o["root"] is not { } root) return false;
        if (root is not JsonTreeValue v) throw new InvalidCastException("\"root\" is not a value.");
        return v.Value switch
        {
            null => false,
            bool b => b,
            var other => (bool)Convert.ChangeType(other, typeof(bool), System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    /// <summary>Load and merge the chain for a folder. Throws <see cref="ConfigException"/> with every error found.</summary>
    public static ProjectConfig LoadFor(string directory)
    {
        var chain = FindChain(directory);
        var merged = ProjectConfig.Empty;
        var errors = new List<ConfigError>();
        for (int i = chain.Count - 1; i >= 0; i--)
        {
            var (config, fileErrors) = Parse(chain[i], File.ReadAllText(chain[i]));
            errors.AddRange(fileErrors);
            if (config is not null) merged = Merge(merged, config);
        }
        if (errors.Count > 0) throw new ConfigException(errors);
        return merged;
    }

    public static ProjectConfig Merge(ProjectConfig parent, ProjectConfig child)
    {
        var sev = new Dictionary<string, ReportSeverity>(parent.Severities, StringComparer.OrdinalIgnoreCase);
        foreach (var kv in child.Severities) sev[kv.Key] = kv.Value;
        var opts = new Dictionary<string, RuleOptions>(parent.RuleOptions, StringComparer.OrdinalIgnoreCase);
        foreach (var kv in child.RuleOptions) opts[kv.Key] = kv.Value;
        var lex = new Dictionary<string, LexiconEdit>(parent.Lexicons, StringComparer.OrdinalIgnoreCase);
        foreach (var kv in child.Lexicons)
            lex[kv.Key] = lex.TryGetValue(kv.Key, out var p) && kv.Value.Replace is null
                ? new LexiconEdit(p.Add.Concat(kv.Value.Add).ToList(), p.Remove.Concat(kv.Value.Remove).ToList(), p.Replace)
                : kv.Value;
        return child with
        {
            Severities = sev,
            RuleOptions = opts,
            Lexicons = lex,
            RulePacks = parent.RulePacks.Concat(child.RulePacks).Distinct().ToList(),
            Exclude = parent.Exclude.Concat(child.Exclude).ToList(),
            InlineRulesJson = child.InlineRulesJson ?? parent.InlineRulesJson,
            InlineRulesPath = child.InlineRulesJson is not null ? child.InlineRulesPath : parent.InlineRulesPath,
            RequireSuppressionReason = child.RequireSuppressionReason || parent.RequireSuppressionReason,
        };
    }

    /// <summary>Parse one file. Returns no config when there is any error (never half-applied).</summary>
    public static (ProjectConfig? Config, IReadOnlyList<ConfigError> Errors) Parse(string path, string json)
    {
        var errors = new List<ConfigError>();
        JsonTreeNode root;
        try
        {
            using var reader = new JsonTextReader(new StringReader(json)) { DateParseHandling = DateParseHandling.None };
            root = JsonTreeNode.Load(reader, duplicateKeysAreErrors: true);
            while (reader.Read()) { if (reader.TokenType != JsonToken.Comment) throw new JsonReaderException("Unexpected content after the end of the configuration object.", reader.Path, reader.LineNumber, reader.LinePosition, null); }
        }
        catch (JsonReaderException ex)
        {
            errors.Add(new ConfigError(path, Math.Max(1, ex.LineNumber), Math.Max(1, ex.LinePosition), ex.Message.Split(" Path '")[0].Split(", line ")[0]));
            return (null, errors);
        }
        if (root is not JsonTreeObject obj)
        {
            errors.Add(At(path, root, "The configuration must be a JSON object."));
            return (null, errors);
        }
        var dir = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        var severities = new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase);
        var ruleOptions = new Dictionary<string, RuleOptions>(StringComparer.OrdinalIgnoreCase);
        var lexicons = new Dictionary<string, LexiconEdit>(StringComparer.OrdinalIgnoreCase);
        var packs = new List<string>();
        var exclude = new List<string>();
        bool isRoot = false, requireReason = false;
        string? inline = null;
        foreach (var prop in obj.Properties())
        {
            switch (prop.Name)
            {
                case "$schema": break;
                case "root":
                    if (prop.Value.Type != JTokenType.Boolean) errors.Add(At(path, prop.Value, "\"root\" must be true or false."));
                    else isRoot = (bool)((JsonTreeValue)prop.Value).Value!;
                    break;
                case "requireSuppressionReason":
                    if (prop.Value.Type != JTokenType.Boolean) errors.Add(At(path, prop.Value, "\"requireSuppressionReason\" must be true or false."));
                    else requireReason = (bool)((JsonTreeValue)prop.Value).Value!;
                    break;
                case "rules": ParseRules(path, prop.Value, severities, ruleOptions, errors); break;
                case "lexicons": ParseLexicons(path, prop.Value, lexicons, errors); break;
                case "rulePacks":
                    foreach (var s in StringList(path, prop.Value, "rulePacks", errors)) packs.Add(Path.GetFullPath(Path.Combine(dir, s)));
                    break;
                case "exclude":
                    exclude.AddRange(StringList(path, prop.Value, "exclude", errors));
                    break;
                case "customRules":
                    if (prop.Value.Type != JTokenType.Array) errors.Add(At(path, prop.Value, "\"customRules\" must be an array of rule objects."));
                    else inline = prop.Value.ToCompactJson();
                    break;
                default:
                    errors.Add(At(path, prop, $"Unknown setting \"{prop.Name}\". Expected one of: {string.Join(", ", TopLevelKeys.Where(k => k != "$schema"))}."));
                    break;
            }
        }
        if (errors.Count > 0) return (null, errors);
        return (new ProjectConfig
        {
            Path = path, Root = isRoot, Severities = severities, RuleOptions = ruleOptions, Lexicons = lexicons, RulePacks = packs,
            Exclude = exclude, InlineRulesJson = inline, InlineRulesPath = inline is null ? null : path, RequireSuppressionReason = requireReason,
        }, errors);
    }

    private static void ParseRules(string path, JsonTreeNode token, Dictionary<string, ReportSeverity> severities, Dictionary<string, RuleOptions> options, List<ConfigError> errors)
    {
        if (token is not JsonTreeObject rules) { errors.Add(At(path, token, "\"rules\" must be an object mapping rule IDs to a severity or {\"severity\", \"options\"}.")); return; }
        foreach (var rule in rules.Properties())
        {
            if (!IsRuleId(rule.Name)) { errors.Add(At(path, rule, $"\"{rule.Name}\" is not a rule ID (expected letters then digits, e.g. CL0001 or DESK001).")); continue; }
            if (rule.Value.Type == JTokenType.String)
            {
                if (!ReportSeverityExtensions.TryParse(rule.Value.AsString, out var sev))
                    errors.Add(At(path, rule.Value, $"Unknown severity \"{rule.Value}\" for {rule.Name}. Expected error, warning, info, hint or none."));
                else severities[rule.Name] = sev;
                continue;
            }
            if (rule.Value is not JsonTreeObject body) { errors.Add(At(path, rule.Value, $"{rule.Name} must be a severity string or an object.")); continue; }
            foreach (var p in body.Properties())
            {
                if (p.Name == "severity")
                {
                    if (p.Value.Type != JTokenType.String || !ReportSeverityExtensions.TryParse(p.Value.AsString, out var sev))
                        errors.Add(At(path, p.Value, $"Unknown severity {p.Value.ToCompactJson()} for {rule.Name}. Expected error, warning, info, hint or none."));
                    else severities[rule.Name] = sev;
                }
                else if (p.Name == "options")
                {
                    if (p.Value is not JsonTreeObject o) { errors.Add(At(path, p.Value, $"\"options\" of {rule.Name} must be an object.")); continue; }
                    var values = new Dictionary<string, object?>(StringComparer.OrdinalIgnoreCase);
                    var declared = BuiltInRules.Find(rule.Name)?.Options; // a desk rule's ID is not known here: its options are not checked
                    foreach (var op in o.Properties())
                    {
                        object? v = op.Value.Type switch
                        {
                            JTokenType.Boolean => (bool)((JsonTreeValue)op.Value).Value!,
                            JTokenType.Integer or JTokenType.Float => Convert.ToDouble(((JsonTreeValue)op.Value).Value, System.Globalization.CultureInfo.InvariantCulture),
                            JTokenType.String => op.Value.AsString,
                            JTokenType.Array when ((JsonTreeArray)op.Value).All(x => x.Type == JTokenType.String) => (IReadOnlyList<string>)((JsonTreeArray)op.Value).Select(x => x.AsString!).ToList(),
                            _ => null,
                        };
                        if (v is null) errors.Add(At(path, op.Value, $"Option \"{op.Name}\" of {rule.Name} must be a string, number, boolean or list of strings."));
                        else if (OptionError(rule.Name, declared, op.Name, v) is { } why) errors.Add(At(path, why.AtValue ? op.Value : op, why.Message));
                        else values[op.Name] = v;
                    }
                    options[rule.Name] = new RuleOptions(values);
                }
                else errors.Add(At(path, p, $"Unknown key \"{p.Name}\" in {rule.Name}. Expected \"severity\" or \"options\"."));
            }
        }
    }

    private static void ParseLexicons(string path, JsonTreeNode token, Dictionary<string, LexiconEdit> lexicons, List<ConfigError> errors)
    {
        if (token is not JsonTreeObject obj) { errors.Add(At(path, token, "\"lexicons\" must be an object mapping list names to {\"add\", \"remove\", \"replace\"}.")); return; }
        var known = ShippedLexicons.All.Names.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var prop in obj.Properties())
        {
            if (!known.Contains(prop.Name)) { errors.Add(At(path, prop, $"Unknown word list \"{prop.Name}\". Known lists: {string.Join(", ", known.Order())}.")); continue; }
            if (prop.Value is JsonTreeArray)
            {
                lexicons[prop.Name] = new LexiconEdit(StringList(path, prop.Value, prop.Name, errors), [], null);
                continue;
            }
            if (prop.Value is not JsonTreeObject edit) { errors.Add(At(path, prop.Value, $"\"{prop.Name}\" must be a list of words to add or an object with \"add\", \"remove\" or \"replace\".")); continue; }
            IReadOnlyList<string> add = [], remove = [];
            IReadOnlyList<string>? replace = null;
            foreach (var p in edit.Properties())
            {
                switch (p.Name)
                {
                    case "add": add = StringList(path, p.Value, "add", errors); break;
                    case "remove": remove = StringList(path, p.Value, "remove", errors); break;
                    case "replace": replace = StringList(path, p.Value, "replace", errors); break;
                    default: errors.Add(At(path, p, $"Unknown key \"{p.Name}\" in lexicon \"{prop.Name}\". Expected add, remove or replace.")); break;
                }
            }
            lexicons[prop.Name] = new LexiconEdit(add, remove, replace);
        }
    }

    private static List<string> StringList(string path, JsonTreeNode token, string what, List<ConfigError> errors)
    {
        var list = new List<string>();
        if (token is not JsonTreeArray arr) { errors.Add(At(path, token, $"\"{what}\" must be a list of strings.")); return list; }
        foreach (var item in arr)
        {
            if (item.Type != JTokenType.String || string.IsNullOrWhiteSpace(item.AsString)) errors.Add(At(path, item, $"Entries of \"{what}\" must be non-empty strings."));
            else list.Add(item.AsString!);
        }
        return list;
    }

    private static bool IsRuleId(string id)
    {
        int i = 0;
        while (i < id.Length && char.IsAsciiLetterUpper(id[i])) i++;
        if (i == 0 || i == id.Length) return false;
        for (int k = i; k < id.Length; k++) if (!char.IsAsciiDigit(id[k])) return false;
        return true;
    }

    /// <summary>
    /// What is wrong with option <paramref name="name"/> = <paramref name="value"/> of a rule that declares
    /// <paramref name="declared"/> (null: a rule this loader does not know, whose options are not checked), and whether
    /// the message belongs at the value (a bad value) or at the name (an unknown option).
    /// </summary>
    private static (string Message, bool AtValue)? OptionError(string rule, IReadOnlyList<RuleOptionDescriptor>? declared, string name, object value)
    {
        if (declared is null) return null;
        var option = declared.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
        if (option is null)
            return (declared.Count == 0
                ? $"{rule} has no options (\"{name}\" is not one)."
                : $"Unknown option \"{name}\" for {rule}. Its options: {string.Join(", ", declared.Select(d => d.Name))}.", false);
        return option.Check(value) is { } why ? ($"Option \"{option.Name}\" of {rule} {why}.", true) : null;
    }

    internal static ConfigError At(string path, JsonTreeNode token, string message)
    {
        IJsonLineInfo li = token;
        return new ConfigError(path, li.HasLineInfo() ? li.LineNumber : 1, li.HasLineInfo() ? li.LinePosition : 1, message);
    }
}
