using CopyLint.Core.Syntax;

namespace CopyLint.Workspace.Reports;

/// <summary>One inline suppression: where (1-based line and column), what kind, which rules (empty = all), and its reason.</summary>
public sealed record SuppressionEntry(string Path, int Line, int Column, DirectiveKind Kind, IReadOnlyList<string> RuleIds, string? Reason)
{
    public bool HasReason => !string.IsNullOrWhiteSpace(Reason);

    public static IEnumerable<SuppressionEntry> From(string path, ProseDocument doc) =>
        doc.Directives.Where(d => d.Kind != DirectiveKind.Enable).Select(d =>
        {
            var pos = doc.Text.GetLinePosition(d.Span.Start);
            return new SuppressionEntry(path, pos.Line + 1, pos.Character + 1, d.Kind, d.RuleIds, string.IsNullOrWhiteSpace(d.Reason) ? null : d.Reason.Trim());
        });

    public static string KindName(DirectiveKind kind) => kind switch
    {
        DirectiveKind.DisableNextLine => "disable-next-line",
        DirectiveKind.DisableLine => "disable-line",
        DirectiveKind.Disable => "disable",
        _ => "enable",
    };
}
