using CopyLint.Core.Analysis;
using CopyLint.Core.Parsing;
using CopyLint.Core.Text;

namespace CopyLint.Core;

/// <summary>Linting is a pure function of text, options and a cancellation token.</summary>
public static class Linter
{
    public static LintResult Lint(SourceText text, LintOptions options, IReadOnlyList<Analyzer> analyzers, CancellationToken cancellationToken = default) =>
        Lint(text, options, new AnalyzerDriver(analyzers), cancellationToken);

    /// <summary>Reuse one driver (analyzers initialised once) across many documents.</summary>
    public static LintResult Lint(SourceText text, LintOptions options, AnalyzerDriver driver, CancellationToken cancellationToken = default) =>
        Lint(text, options, driver, parallelism: 1, cancellationToken);

    /// <summary>Lint a long document on up to <paramref name="parallelism"/> threads (same findings; see <see cref="AnalyzerDriver.Run(Syntax.ProseDocument, LintOptions, CancellationToken, int)"/>).</summary>
    public static LintResult Lint(SourceText text, LintOptions options, AnalyzerDriver driver, int parallelism, CancellationToken cancellationToken = default)
    {
        var doc = ProseParser.Parse(text, options.Kind, cancellationToken);
        return driver.Run(doc, options, cancellationToken, parallelism);
    }
}
