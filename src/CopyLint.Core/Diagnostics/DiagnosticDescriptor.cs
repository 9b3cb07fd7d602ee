namespace CopyLint.Core.Diagnostics;

/// <summary>What a rule is: stable ID, title, message format, category, default severity and documentation.</summary>
public sealed class DiagnosticDescriptor
{
    public const string DocsBaseUri = "https://github.com/copylint/copylint/blob/main/docs/rules/";

    public DiagnosticDescriptor(string id, string title, string messageFormat, string category,
        DiagnosticSeverity defaultSeverity, bool isEnabledByDefault = true, string? description = null, string? helpLinkUri = null)
    {
        Id = id;
        Title = title;
        MessageFormat = messageFormat;
        Category = category;
        DefaultSeverity = defaultSeverity;
        IsEnabledByDefault = isEnabledByDefault;
        Description = description ?? title;
        HelpLinkUri = helpLinkUri ?? DocsBaseUri + id + ".md";
    }

    public string Id { get; }
    public string Title { get; }
    /// <summary>A composite format string: {0}, {1} … are filled by the analyzer.</summary>
    public string MessageFormat { get; }
    public string Category { get; }
    public DiagnosticSeverity DefaultSeverity { get; }
    public bool IsEnabledByDefault { get; }
    public string Description { get; }
    public string HelpLinkUri { get; }

    /// <summary>The options the rule reads from <c>copylint.json</c> (none for most rules); a configuration is checked against them.</summary>
    public IReadOnlyList<Analysis.RuleOptionDescriptor> Options { get; init; } = [];

    public string FormatMessage(params object?[] args) =>
        args.Length == 0 ? MessageFormat : string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);

    public override string ToString() => Id;
}
