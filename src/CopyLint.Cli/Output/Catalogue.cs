using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Rules;

namespace CopyLint.Cli.Output;

/// <summary>The rule descriptors a run can report: the analyzers' own plus the engine's (CL0000, CL9999).</summary>
internal static class Catalogue
{
    public static IReadOnlyList<DiagnosticDescriptor> Descriptors(CliEnvironment env) =>
        env.Analyzers is null
            ? BuiltInRules.Descriptors.ToList()
            : env.Analyzers.SelectMany(a => a.SupportedDiagnostics)
                .Append(EngineDiagnostics.SuppressionWithoutReason).Append(EngineDiagnostics.AnalyzerCrash)
                .GroupBy(d => d.Id, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
                .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    public static DiagnosticDescriptor? Find(CliEnvironment env, string id) =>
        Descriptors(env).FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.OrdinalIgnoreCase));
}
