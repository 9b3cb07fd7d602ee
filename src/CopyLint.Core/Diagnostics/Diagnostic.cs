using CopyLint.Core.Fixes;
using CopyLint.Core.Text;

namespace CopyLint.Core.Diagnostics;

/// <summary>One finding: which rule, where (a span of the source text), how severe, what it says, and its fixes.</summary>
public sealed class Diagnostic
{
    public Diagnostic(DiagnosticDescriptor descriptor, TextSpan span, DiagnosticSeverity severity, string message,
        IReadOnlyList<RelatedInformation>? related = null, IReadOnlyList<CodeFix>? fixes = null)
    {
        Descriptor = descriptor;
        Span = span;
        Severity = severity;
        Message = message;
        Related = related ?? [];
        Fixes = fixes ?? [];
    }

    public static Diagnostic Create(DiagnosticDescriptor descriptor, TextSpan span, params object?[] messageArgs) =>
        new(descriptor, span, descriptor.DefaultSeverity, descriptor.FormatMessage(messageArgs));

    public DiagnosticDescriptor Descriptor { get; }
    public string Id => Descriptor.Id;
    public TextSpan Span { get; }
    public DiagnosticSeverity Severity { get; }
    public string Message { get; }
    public IReadOnlyList<RelatedInformation> Related { get; }
    public IReadOnlyList<CodeFix> Fixes { get; }
    /// <summary>The reason given by the suppression that silenced this finding, when it was suppressed.</summary>
    public string? SuppressionReason { get; init; }

    public Diagnostic WithSeverity(DiagnosticSeverity severity) =>
        severity == Severity ? this : new Diagnostic(Descriptor, Span, severity, Message, Related, Fixes) { SuppressionReason = SuppressionReason };

    public Diagnostic WithFixes(IReadOnlyList<CodeFix> fixes) =>
        new(Descriptor, Span, Severity, Message, Related, fixes) { SuppressionReason = SuppressionReason };

    public override string ToString() => $"{Id} {Span} {Severity}: {Message}";
}
