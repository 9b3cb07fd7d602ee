using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Rules.BuiltIn.Attribution;
using CopyLint.Rules.BuiltIn.Byline;

namespace CopyLint.Rules;

/// <summary>The catalogue of built-in analyzers. The newsroom set (CL0004–CL0011) is listed in BuiltInRules.Newsroom.cs.</summary>
public static partial class BuiltInRules
{
    private static readonly Lazy<IReadOnlyList<Analyzer>> _all = new(() =>
    {
        var list = new List<Analyzer>
        {
            new CL0001UnattributedFigure(),
            new CL0002UnhedgedClaim(),
            new CL0003MissingByline(),
        };
        list.AddRange(NewsroomAnalyzers());
        return list;
    });

    /// <summary>One instance of every built-in analyzer (analyzers are stateless, so instances are shared).</summary>
    public static IReadOnlyList<Analyzer> All => _all.Value;

    public static IEnumerable<DiagnosticDescriptor> Descriptors =>
        All.SelectMany(a => a.SupportedDiagnostics).Append(EngineDiagnostics.SuppressionWithoutReason).Append(EngineDiagnostics.AnalyzerCrash)
           .GroupBy(d => d.Id).Select(g => g.First()).OrderBy(d => d.Id, StringComparer.Ordinal);

    public static DiagnosticDescriptor? Find(string id) => Descriptors.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
