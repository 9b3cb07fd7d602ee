namespace CopyLint.LanguageServer.Protocol;

/// <summary>A "full" report (Items set) or an "unchanged" one (Items null); Uri/Version only in workspace reports.</summary>
internal sealed class DocumentDiagnosticReport
{
    public const string Full = "full";
    public const string Unchanged = "unchanged";
    public string Kind { get; init; } = Full;
    public string? ResultId { get; init; }
    public IReadOnlyList<LspDiagnostic>? Items { get; init; }
    public string? Uri { get; init; }
    public int? Version { get; init; }
}
