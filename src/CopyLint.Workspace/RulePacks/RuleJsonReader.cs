using CopyLint.Core.Diagnostics;
using CopyLint.Rules.Declarative;
using CopyLint.Workspace.Configuration;
using Newtonsoft.Json.Linq; // JTokenType only

namespace CopyLint.Workspace.RulePacks;

/// <summary>
/// Reads one rule object of a pack (or of inline customRules) into a <see cref="DeclarativeRule"/>. Every problem
/// is a <see cref="ConfigError"/> at the offending token; a rule with any error yields null and is skipped.
/// </summary>
internal sealed class RuleJsonReader
{
    private readonly string _file;
    private readonly List<ConfigError> _errors = [];

    public RuleJsonReader(string file) => _file = file;

    public IReadOnlyList<ConfigError> Errors => _errors;

    public DeclarativeRule? Read(JsonTreeNode token)
    {
        int before = _errors.Count;
        if (token is not JsonTreeObject obj) { Error(token, "Each rule must be an object with at least \"id\" and \"kind\"."); return null; }
        var id = RequiredString(obj, "id", "the rule's ID, such as \"DESK001\"");
        var kindName = RequiredString(obj, "kind", $"one of {Quoted(RulePackKeys.Kinds)}");
        if (id is null || kindName is null) return null;
        string label = $"rule {id}";
        DeclarativeRuleKind kind;
        int k = Array.IndexOf(RulePackKeys.Kinds, kindName);
        if (k < 0) { Error(obj["kind"]!, $"Unknown kind \"{kindName}\" in {label}. Expected {Quoted(RulePackKeys.Kinds)}."); return null; }
        kind = (DeclarativeRuleKind)k;

        var allowed = RulePackKeys.Common.Concat(RulePackKeys.For(kindName)).ToHashSet(StringComparer.Ordinal);
        foreach (var p in obj.Properties())
        {
            if (allowed.Contains(p.Name)) continue;
            Error(p, RulePackKeys.Rule.Contains(p.Name)
                ? $"\"{p.Name}\" does not apply to {kindName} rules ({label}). Keys for {kindName}: {Quoted(RulePackKeys.For(kindName))}."
                : $"Unknown key \"{p.Name}\" in {label}. Expected one of: {Quoted(allowed)}.");
        }

        var severity = DiagnosticSeverity.Warning;
        if (obj["severity"] is { } sevToken)
        {
            int s = sevToken.Type == JTokenType.String ? Array.IndexOf(RulePackKeys.Severities, sevToken.AsString) : -1;
            if (s < 0) Error(sevToken, $"\"severity\" of {label} must be one of {Quoted(RulePackKeys.Severities)} (use \"enabled\": false to ship a rule off).");
            else severity = s switch { 0 => DiagnosticSeverity.Error, 1 => DiagnosticSeverity.Warning, 2 => DiagnosticSeverity.Info, _ => DiagnosticSeverity.Hint };
        }

        var rule = new DeclarativeRule
        {
            Id = id,
            Kind = kind,
            Title = OptionalString(obj, "title", label),
            Message = OptionalString(obj, "message", label),
            Description = OptionalString(obj, "description", label),
            HelpUri = OptionalUri(obj, label),
            Severity = severity,
            Enabled = Bool(obj, "enabled", true, label),
            Scope = ReadScope(obj["scopes"], label),
            Examples = ReadExamples(obj["examples"], label),
            Source = _file,
            CaseSensitive = Bool(obj, "caseSensitive", false, label),
            Inflections = Bool(obj, "inflections", false, label),
            Terms = obj["terms"] is { } t ? StringList(t, "terms", label) : [],
            Patterns = obj["patterns"] is { } ps ? ReadPatterns(ps, label) : [],
            Replacements = obj["replacements"] is { } rs ? ReadReplacements(rs, label) : [],
            Element = kind == DeclarativeRuleKind.RequiredElement ? ReadElement(obj, label) : default,
            Key = OptionalString(obj, "key", label),
        };
        return _errors.Count == before ? rule : null;
    }

    /// <summary>Compile a rule read without errors; a compile error is reported at the field it names.</summary>
    public DeclarativeAnalyzer? Compile(DeclarativeRule rule, JsonTreeNode ruleToken)
    {
        try
        {
            return DeclarativeRuleCompiler.Compile(rule);
        }
        catch (DeclarativeRuleException ex)
        {
            JsonTreeNode at = ruleToken.Select(ex.Field) ?? ruleToken;
            Error(at, $"{ex.Message} (rule {rule.Id}, \"{ex.Field}\")");
            return null;
        }
    }

    private RuleScope ReadScope(JsonTreeNode? token, string label)
    {
        if (token is null) return RuleScope.Default;
        if (token is not JsonTreeObject o) { Error(token, $"\"scopes\" of {label} must be an object with {Quoted(RulePackKeys.Scopes)}."); return RuleScope.Default; }
        CheckKeys(o, RulePackKeys.Scopes, $"\"scopes\" of {label}");
        return new RuleScope(Bool(o, "headline", true, label), Bool(o, "body", true, label), Bool(o, "captions", true, label), Bool(o, "includeQuotes", false, label));
    }

    private RuleExamples ReadExamples(JsonTreeNode? token, string label)
    {
        if (token is null) return RuleExamples.None;
        if (token is not JsonTreeObject o) { Error(token, $"\"examples\" of {label} must be an object: {{\"bad\": [...], \"good\": [...]}}."); return RuleExamples.None; }
        CheckKeys(o, RulePackKeys.Examples, $"\"examples\" of {label}");
        return new RuleExamples(o["bad"] is { } b ? StringList(b, "examples.bad", label) : [], o["good"] is { } g ? StringList(g, "examples.good", label) : []);
    }

    private List<IReadOnlyList<PatternStep>> ReadPatterns(JsonTreeNode token, string label)
    {
        var list = new List<IReadOnlyList<PatternStep>>();
        if (token is not JsonTreeArray arr) { Error(token, $"\"patterns\" of {label} must be a list of patterns, each a list of steps."); return list; }
        foreach (var pattern in arr)
        {
            if (pattern is not JsonTreeArray steps || steps.Count == 0) { Error(pattern, $"Each pattern of {label} must be a non-empty list of steps: words, \"/regex/\" strings or step objects."); continue; }
            var read = new List<PatternStep>();
            foreach (var step in steps)
            {
                if (step.Type == JTokenType.String)
                {
                    var s = step.AsString!;
                    if (s.Length == 0) Error(step, $"A pattern step of {label} must not be empty.");
                    else if (s.Length >= 2 && s[0] == '/' && s[^1] == '/') read.Add(PatternStep.Matching(s[1..^1]));
                    else read.Add(PatternStep.Literal(s));
                    continue;
                }
                if (step is not JsonTreeObject o) { Error(step, $"A pattern step of {label} must be a word, a \"/regex/\" string or an object with \"word\", \"regex\" or \"any\"."); continue; }
                CheckKeys(o, RulePackKeys.PatternStep, $"a pattern step of {label}");
                var word = OptionalString(o, "word", label);
                var regex = OptionalString(o, "regex", label);
                bool any = Bool(o, "any", false, label);
                if ((word is not null ? 1 : 0) + (regex is not null ? 1 : 0) + (any ? 1 : 0) != 1)
                { Error(o, $"A pattern step of {label} needs exactly one of \"word\", \"regex\" or \"any\": true."); continue; }
                read.Add(new PatternStep(word, regex, any, Bool(o, "optional", false, label)));
            }
            list.Add(read);
        }
        return list;
    }

    private List<Replacement> ReadReplacements(JsonTreeNode token, string label)
    {
        var list = new List<Replacement>();
        if (token is not JsonTreeArray arr) { Error(token, $"\"replacements\" of {label} must be a list of {{\"find\": …, \"replace\": …}} objects."); return list; }
        foreach (var item in arr)
        {
            if (item is not JsonTreeObject o) { Error(item, $"Each replacement of {label} must be an object: {{\"find\": \"per cent\", \"replace\": \"percent\"}}."); continue; }
            CheckKeys(o, RulePackKeys.Replacement, $"a replacement of {label}");
            IReadOnlyList<string> find = o["find"] switch
            {
                null => [],
                { Type: JTokenType.String } f when !string.IsNullOrWhiteSpace(f.AsString) => [f.AsString!],
                JsonTreeArray f => StringList(f, "find", label),
                var f => Fail(f, $"\"find\" of {label} must be a non-empty string or a list of strings."),
            };
            if (o["find"] is null) Error(o, $"A replacement of {label} is missing \"find\" (the text to replace).");
            var replace = o["replace"];
            if (replace is null) { Error(o, $"A replacement of {label} is missing \"replace\" (the house-style text)."); continue; }
            if (replace.Type != JTokenType.String) { Error(replace, $"\"replace\" of {label} must be a string."); continue; }
            list.Add(new Replacement(find, replace.AsString!));
        }
        return list;
    }

    private RequiredElementKind ReadElement(JsonTreeObject obj, string label)
    {
        var name = RequiredString(obj, "element", $"one of {Quoted(RulePackKeys.Elements)}");
        if (name is null) return default;
        int i = Array.IndexOf(RulePackKeys.Elements, name);
        if (i < 0) { Error(obj["element"]!, $"Unknown element \"{name}\" in {label}. Expected {Quoted(RulePackKeys.Elements)}."); return default; }
        return (RequiredElementKind)i;
    }

    private IReadOnlyList<string> Fail(JsonTreeNode token, string message) { Error(token, message); return []; }

    private void CheckKeys(JsonTreeObject o, string[] keys, string what)
    {
        foreach (var p in o.Properties())
            if (Array.IndexOf(keys, p.Name) < 0) Error(p, $"Unknown key \"{p.Name}\" in {what}. Expected {Quoted(keys)}.");
    }

    private string? RequiredString(JsonTreeObject obj, string key, string expected)
    {
        var token = obj[key];
        if (token is null) { Error(obj, $"The rule is missing \"{key}\": expected {expected}."); return null; }
        if (token.Type != JTokenType.String || string.IsNullOrWhiteSpace(token.AsString)) { Error(token, $"\"{key}\" must be a non-empty string: {expected}."); return null; }
        return token.AsString!.Trim();
    }

    private string? OptionalString(JsonTreeObject obj, string key, string label)
    {
        var token = obj[key];
        if (token is null) return null;
        if (token.Type != JTokenType.String) { Error(token, $"\"{key}\" of {label} must be a string."); return null; }
        return token.AsString;
    }

    private string? OptionalUri(JsonTreeObject obj, string label)
    {
        var s = OptionalString(obj, "helpUri", label);
        if (s is null) return null;
        if (!Uri.TryCreate(s, UriKind.Absolute, out _)) { Error(obj["helpUri"]!, $"\"helpUri\" of {label} must be an absolute URI (https://…)."); return null; }
        return s;
    }

    private bool Bool(JsonTreeObject obj, string key, bool fallback, string label)
    {
        var token = obj[key];
        if (token is null) return fallback;
        if (token.Type != JTokenType.Boolean) { Error(token, $"\"{key}\" of {label} must be true or false."); return fallback; }
        return (bool)((JsonTreeValue)token).Value!;
    }

    private List<string> StringList(JsonTreeNode token, string what, string label)
    {
        var list = new List<string>();
        if (token is not JsonTreeArray arr) { Error(token, $"\"{what}\" of {label} must be a list of strings."); return list; }
        foreach (var item in arr)
        {
            if (item.Type != JTokenType.String || string.IsNullOrWhiteSpace(item.AsString)) Error(item, $"Entries of \"{what}\" of {label} must be non-empty strings.");
            else list.Add(item.AsString!);
        }
        return list;
    }

    private void Error(JsonTreeNode token, string message) => _errors.Add(ConfigLoader.At(_file, token, message));

    private static string Quoted(IEnumerable<string> values) => string.Join(", ", values.Select(v => "\"" + v + "\""));
}
