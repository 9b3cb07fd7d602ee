namespace CopyLint.Core.Diagnostics;

/// <summary>What configuration does to a rule: keep its default, force a severity, or switch it off.</summary>
public enum ReportSeverity
{
    Default = 0,
    Error,
    Warning,
    Info,
    Hint,
    None,
}

public static class ReportSeverityExtensions
{
    public static bool TryParse(string? value, out ReportSeverity severity)
    {
        severity = (value ?? "").Trim().ToLowerInvariant() switch
        {
            "error" => ReportSeverity.Error,
            "warning" or "warn" => ReportSeverity.Warning,
            "info" or "information" or "suggestion" => ReportSeverity.Info,
            "hint" => ReportSeverity.Hint,
            "none" or "off" or "silent" => ReportSeverity.None,
            "default" => ReportSeverity.Default,
            _ => (ReportSeverity)(-1),
        };
        return (int)severity >= 0;
    }

    public static DiagnosticSeverity? ToDiagnosticSeverity(this ReportSeverity severity) => severity switch
    {
        ReportSeverity.Error => DiagnosticSeverity.Error,
        ReportSeverity.Warning => DiagnosticSeverity.Warning,
        ReportSeverity.Info => DiagnosticSeverity.Info,
        ReportSeverity.Hint => DiagnosticSeverity.Hint,
        _ => null,
    };

    public static string ToWireString(this DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "info",
        _ => "hint",
    };
}
