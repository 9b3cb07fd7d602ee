namespace CopyLint.Core.Analysis;

/// <summary>One rule's options from configuration: strings, numbers, booleans and string lists.</summary>
public sealed class RuleOptions
{
    private readonly IReadOnlyDictionary<string, object?> _values;

    public RuleOptions(IReadOnlyDictionary<string, object?> values) => _values = values;

    public static readonly RuleOptions Empty = new(new Dictionary<string, object?>());

    public IEnumerable<string> Keys => _values.Keys;

    public bool GetBool(string key, bool fallback) => _values.TryGetValue(key, out var v) && v is bool b ? b : fallback;
    public string GetString(string key, string fallback) => _values.TryGetValue(key, out var v) && v is string s ? s : fallback;
    public double GetNumber(string key, double fallback) => _values.TryGetValue(key, out var v) && v is double d ? d : fallback;
    public IReadOnlyList<string> GetList(string key) => _values.TryGetValue(key, out var v) && v is IReadOnlyList<string> l ? l : [];
}
