using CopyLint.Core.Diagnostics;
using CopyLint.Core.Text;
using CopyLint.LanguageServer.Protocol;

namespace CopyLint.LanguageServer.Analysis;

/// <summary>Engine findings to LSP diagnostics: code, codeDescription (rule page), source "copylint", severity, evidence.</summary>
internal sealed class DiagnosticConverter
{
    public const string Source = "copylint";
    private readonly RuleDocs _docs;

    public DiagnosticConverter(RuleDocs docs) => _docs = docs;

    public List<LspDiagnostic> Convert(AnalysisResult result, PositionEncoding encoding) =>
        result.Diagnostics.Select(d => Convert(d, result.Document.Uri, result.Document.Text, encoding)).ToList();

    public LspDiagnostic Convert(Diagnostic d, string uri, SourceText text, PositionEncoding encoding) => new()
    {
        Range = Conversions.ToRange(text, Clamp(d.Span, text), encoding),
        Severity = ToLsp(d.Severity),
        Code = d.Id,
        CodeDescription = new CodeDescription(_docs.HrefFor(d.Descriptor)),
        Source = Source,
        Message = d.Message,
        RelatedInformation = d.Related.Count == 0 ? null :
            d.Related.Select(r => new DiagnosticRelatedInformation(new Location(uri, Conversions.ToRange(text, Clamp(r.Span, text), encoding)), r.Message)).ToList(),
    };

    public static int ToLsp(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => LspSeverity.Error,
        DiagnosticSeverity.Warning => LspSeverity.Warning,
        DiagnosticSeverity.Info => LspSeverity.Information,
        _ => LspSeverity.Hint,
    };

    private static TextSpan Clamp(TextSpan span, SourceText text)
    {
        int start = Math.Min(span.Start, text.Length);
        return TextSpan.FromBounds(start, Math.Min(Math.Max(span.End, start), text.Length));
    }
}
