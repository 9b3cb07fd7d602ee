using CopyLint.Core.Diagnostics;
using Newtonsoft.Json.Linq;

namespace CopyLint.LanguageServer;

/// <summary>
/// The client-side settings under "copylint". <see cref="Keys"/> is the one list of what the server reads;
/// the VS Code extension's package.json is checked against it.
/// </summary>
internal sealed record ServerSettings
{
    public const string Section = "copylint";

    /// <summary>Every setting the server reads, as "copylint.&lt;name&gt;".</summary>
    public static readonly IReadOnlyList<string> Keys =
    [
        "copylint.enable",
        "copylint.severity",
        "copylint.debounceMs",
        "copylint.languages",
        "copylint.globs",
    ];

    public static readonly IReadOnlyList<string> DefaultLanguages = ["plaintext", "markdown", "html"];

    public bool Enable { get; init; } = true;
    /// <summary>Rule ID -> severity, overriding the project configuration.</summary>
    public IReadOnlyDictionary<string, ReportSeverity> Severity { get; init; } = new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase);
    public int DebounceMs { get; init; } = 150;
    public IReadOnlyList<string> Languages { get; init; } = DefaultLanguages;
    /// <summary>Only documents whose path matches one of these globs are linted; empty means all.</summary>
    public IReadOnlyList<string> Globs { get; init; } = [];

    public static readonly ServerSettings Default = new();

    /// <summary>
    /// Read settings from the "copylint" object (or an object that contains it, or dotted keys).
    /// Bad values keep their default and are described in <paramref name="problems"/>.
    /// </summary>
    public static ServerSettings Parse(JToken? token, List<string> problems)
    {
        if (token is not JObject obj) return Default;
        if (obj[Section] is JObject nested) obj = nested;
        JToken? Get(string name) => obj[name] ?? obj[Section + "." + name];
        var s = Default;
        if (Get("enable") is { } enable)
        {
            if (enable.Type == JTokenType.Boolean) s = s with { Enable = enable.Value<bool>() };
            else if (enable.Type != JTokenType.Null) problems.Add("copylint.enable must be true or false.");
        }
        if (Get("debounceMs") is { } debounce && debounce.Type != JTokenType.Null)
        {
            if (debounce.Type is JTokenType.Integer or JTokenType.Float && debounce.Value<double>() is >= 0 and <= 10_000)
                s = s with { DebounceMs = (int)debounce.Value<double>() };
            else problems.Add("copylint.debounceMs must be a number of milliseconds between 0 and 10000.");
        }
        if (Get("severity") is { } severity && severity.Type != JTokenType.Null)
        {
            if (severity is JObject map)
            {
                var dict = new Dictionary<string, ReportSeverity>(StringComparer.OrdinalIgnoreCase);
                foreach (var p in map.Properties())
                {
                    if (p.Value.Type == JTokenType.String && ReportSeverityExtensions.TryParse(p.Value.Value<string>(), out var sev)) dict[p.Name] = sev;
                    else problems.Add($"copylint.severity.{p.Name}: expected error, warning, info, hint or none.");
                }
                s = s with { Severity = dict };
            }
            else problems.Add("copylint.severity must be an object mapping rule IDs to error, warning, info, hint or none.");
        }
        if (StringList(Get("languages"), "copylint.languages", problems) is { } langs) s = s with { Languages = langs };
        if (StringList(Get("globs"), "copylint.globs", problems) is { } globs) s = s with { Globs = globs };
        return s;
    }

    private static IReadOnlyList<string>? StringList(JToken? token, string name, List<string> problems)
    {
        if (token is null || token.Type == JTokenType.Null) return null;
        if (token is JArray arr && arr.All(t => t.Type == JTokenType.String)) return arr.Select(t => t.Value<string>()!).ToList();
        problems.Add($"{name} must be a list of strings.");
        return null;
    }
}
