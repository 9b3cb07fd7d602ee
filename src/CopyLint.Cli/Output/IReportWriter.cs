using CopyLint.Workspace.Baselines;
using CopyLint.Workspace.Sessions;

namespace CopyLint.Cli.Output;

/// <summary>An output format written file by file: <see cref="WriteFile"/> per result in input order, then <see cref="Finish"/>.</summary>
internal interface IReportWriter
{
    /// <param name="result">The findings to report (already limited to new ones when a baseline is used).</param>
    /// <param name="baseline">The file's comparison with the baseline, or null without one.</param>
    void WriteFile(FileLintResult result, BaselineComparison? baseline);

    /// <param name="absent">Baseline entries fixed since the baseline (null without one).</param>
    void Finish(IReadOnlyList<BaselineEntry>? absent);
}
