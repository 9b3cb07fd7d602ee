using CopyLint.Core.Diagnostics;
using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules;

namespace CopyLint.Bench;

/// <summary>The benchmark slice: about 1 MB of characters per kind (keeps one operation well under a second).</summary>
internal static class Workload
{
    public const long CharsPerKind = 1_000_000;

    private static readonly Dictionary<DocumentKind, SourceText[]> Cache = [];
    private static readonly Dictionary<DocumentKind, long> WordCache = [];

    public static SourceText[] Documents(DocumentKind kind)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(kind, out var docs))
                Cache[kind] = docs = Corpus.For(kind, CharsPerKind).Select(SourceText.From).ToArray();
            return docs;
        }
    }

    /// <summary>Prose words in the slice (what the parser counts), for the words/s column.</summary>
    public static long Words(DocumentKind kind)
    {
        lock (WordCache)
        {
            if (!WordCache.TryGetValue(kind, out var words))
                WordCache[kind] = words = Documents(kind).Sum(t => (long)ProseParser.Parse(t, kind).WordCount);
            return words;
        }
    }

    /// <summary>Every built-in rule switched on at its default severity, off-by-default ones included.</summary>
    public static Dictionary<string, ReportSeverity> AllRulesOn() =>
        BuiltInRules.Descriptors.ToDictionary(d => d.Id, d => d.DefaultSeverity switch
        {
            DiagnosticSeverity.Error => ReportSeverity.Error,
            DiagnosticSeverity.Warning => ReportSeverity.Warning,
            DiagnosticSeverity.Info => ReportSeverity.Info,
            _ => ReportSeverity.Hint,
        }, StringComparer.OrdinalIgnoreCase);
}
