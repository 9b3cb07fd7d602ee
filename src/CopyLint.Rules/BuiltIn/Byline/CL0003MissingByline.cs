using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Rules.BuiltIn.Byline;

/// <summary>
/// CL0003: the story has no byline, credit or author metadata. Passes on front-matter author keys, HTML author
/// metadata, a byline/name-role/credit/trailer line in the first 5 or last 3 paragraphs, or a wire dateline
/// ("SEOUL, Dec. 17 (Yonhap) --"). Option <c>wireCreditCounts</c> (default true) decides whether a wire credit alone passes.
/// </summary>
public sealed class CL0003MissingByline : Analyzer
{
    public const string Id = "CL0003";

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Missing byline",
        "The story has no byline: no 'By …' line at the top or end, no credit or wire dateline, and no author in front matter or HTML metadata",
        "Byline", DiagnosticSeverity.Error,
        description: "Every story names who wrote it: a byline, a desk or wire credit, or author metadata.")
    {
        Options = [new(WireCreditCountsOption, RuleOptionKind.Boolean)],
    };

    /// <summary>Option name (see <see cref="DiagnosticDescriptor.Options"/>).</summary>
    public const string WireCreditCountsOption = "wireCreditCounts";

    private static readonly string[] FrontMatterKeys = ["author", "authors", "byline", "creator", "writer", "reporter", "by"];

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, SyntaxKind.Document);

    private static void Analyze(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        if (doc.WordCount == 0) return; // an empty document is not a story
        if (FindEvidence(doc, ctx.OptionsFor(Id).GetBool(WireCreditCountsOption, true)) is not null) return;
        ctx.Report(new Diagnostic(Rule, FirstLineSpan(doc), Rule.DefaultSeverity, Rule.MessageFormat, fixes: [InsertBylineFix(doc)]));
    }

    /// <summary>What makes the document pass, described for --explain; null when nothing does.</summary>
    public static string? FindEvidence(ProseDocument doc, bool wireCreditCounts)
    {
        if (doc.FrontMatter is { } fm)
            foreach (var key in FrontMatterKeys)
                if (fm.Entries.TryGetValue(key, out var e) && e.Value.Trim().Length > 0) return $"front matter '{key}: {e.Value}'";
        foreach (var a in doc.Authors)
            if (!string.IsNullOrWhiteSpace(a.Name)) return $"HTML {a.Where}: {a.Name}";
        foreach (var b in doc.Bylines)
        {
            if (b.Kind is BylineKind.Personal or BylineKind.NameAndRole or BylineKind.ReportingTrailer)
                return $"byline line '{doc.Text.ToString(b.Span)}'";
            if (b.Kind == BylineKind.WireCredit && wireCreditCounts) return $"credit line '{doc.Text.ToString(b.Span)}'";
        }
        foreach (var p in doc.Paragraphs)
            if (p.DatelineCredit is not null && wireCreditCounts) return $"wire dateline ({p.DatelineCredit})";
        return null;
    }

    private static TextSpan FirstLineSpan(ProseDocument doc)
    {
        var start = doc.FrontMatter?.Span.End ?? 0;
        if (doc.Paragraphs.Count > 0) start = doc.Paragraphs[0].Span.Start;
        var line = doc.Text.GetLineSpan(doc.Text.GetLineFromOffset(Math.Min(start, doc.Text.Length)));
        return line.Length > 0 ? line : new TextSpan(start, 0);
    }

    /// <summary>Insert a "By &lt;name&gt;" line under the headline, or an author key in existing front matter.</summary>
    internal static CodeFix InsertBylineFix(ProseDocument doc)
    {
        var nl = SuppressionFix.DetectNewline(doc.Text);
        if (doc.FrontMatter is { } fm)
        {
            var closing = doc.Text.GetLineFromOffset(Math.Max(0, fm.Span.End - 1));
            var at = doc.Text.GetLineSpan(closing).Start;
            var sep = doc.Text.ToString(doc.Text.GetLineSpan(0)).Trim() == "+++" ? " = " : ": ";
            return CodeFix.Insert("Add an author to the front matter", at, $"author{sep}\"<name>\"{nl}", key: "CL0003.frontMatter");
        }
        if (doc.Headline is { } h)
        {
            var line = doc.Text.GetLineFromOffset(h.End);
            var end = doc.Text.GetLineSpanIncludingBreak(line).End;
            var hasBreak = end > doc.Text.GetLineSpan(line).End;
            return CodeFix.Insert("Add a byline ('By <name>')", end, (hasBreak ? "" : nl) + "By <name>" + nl, key: "CL0003.byline");
        }
        int first = doc.Paragraphs.Count > 0 ? doc.Text.GetLineSpan(doc.Text.GetLineFromOffset(doc.Paragraphs[0].Span.Start)).Start : 0;
        return CodeFix.Insert("Add a byline ('By <name>')", first, "By <name>" + nl, key: "CL0003.byline");
    }
}
