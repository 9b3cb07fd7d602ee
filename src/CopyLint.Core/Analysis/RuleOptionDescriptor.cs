namespace CopyLint.Core.Analysis;

/// <summary>The JSON type an option takes in <c>copylint.json</c>.</summary>
public enum RuleOptionKind
{
    Boolean,
    String,
    Number,
    StringList,
}

/// <summary>
/// One option a rule reads from its <see cref="RuleOptions"/>: name, type and, for a string or a list of strings, the
/// values it accepts. Declared on the rule's <see cref="Diagnostics.DiagnosticDescriptor"/>, so a configuration can be
/// checked against it (an unknown name or a wrong value is an error, not silently ignored). The default stays where the
/// rule reads the option; what the option does is on the rule's doc page and in the JSON Schema.
/// </summary>
public sealed class RuleOptionDescriptor(string name, RuleOptionKind kind, IReadOnlyList<string>? allowedValues = null)
{
    public string Name { get; } = name;
    public RuleOptionKind Kind { get; } = kind;
    /// <summary>The accepted strings (for a list: its items), or null for any.</summary>
    public IReadOnlyList<string>? AllowedValues { get; } = allowedValues;

    /// <summary>
    /// Why <paramref name="value"/> (as <see cref="RuleOptions"/> holds it: bool, double, string or a list of strings) is
    /// not a valid value of this option, or null when it is.
    /// </summary>
    public string? Check(object value)
    {
        switch (Kind)
        {
            case RuleOptionKind.Boolean:
                return value is bool ? null : "must be true or false";
            case RuleOptionKind.Number:
                return value is double ? null : "must be a number";
            case RuleOptionKind.String:
                if (value is not string s) return "must be a string";
                return Allowed(s) ? null : $"must be one of {Quoted(AllowedValues!)}, not \"{s}\"";
            case RuleOptionKind.StringList:
                if (value is not IReadOnlyList<string> list) return "must be a list of strings";
                if (list.Count == 0) return "must name at least one value (to turn the rule off, set its severity to \"none\")";
                foreach (var item in list)
                    if (!Allowed(item)) return $"can hold only {Quoted(AllowedValues!)}, not \"{item}\"";
                return null;
            default:
                return null;
        }
    }

    private bool Allowed(string value) =>
        AllowedValues is null || AllowedValues.Contains(value, StringComparer.OrdinalIgnoreCase);

    private static string Quoted(IReadOnlyList<string> values) => string.Join(", ", values.Select(v => $"\"{v}\""));
}
