using System.Collections.Concurrent;
using CopyLint.Core;
using CopyLint.Core.Analysis;
using CopyLint.Core.Parsing;
using CopyLint.Core.Text;
using CopyLint.Rules;
using CopyLint.Workspace.Configuration;

namespace CopyLint.Workspace.Sessions;

/// <summary>
/// Lints files from disk with the configuration that applies to each (copylint.json found by walking up),
/// in parallel. The one place that reads article files.
/// </summary>
public sealed class LintSession
{
    private readonly AnalyzerDriver _driver;
    private readonly ConcurrentDictionary<string, ProjectConfig> _configByDir = new(StringComparer.Ordinal);
    private readonly ProjectConfig? _fixedConfig;

    public LintSession(IReadOnlyList<Analyzer>? analyzers = null, ProjectConfig? fixedConfig = null)
    {
        _driver = new AnalyzerDriver(analyzers ?? BuiltInRules.All);
        _fixedConfig = fixedConfig;
    }

    public AnalyzerDriver Driver => _driver;

    /// <summary>The configuration for a file's folder (cached per folder). Throws <see cref="ConfigException"/>.</summary>
    public ProjectConfig ConfigFor(string filePath)
    {
        if (_fixedConfig is not null) return _fixedConfig;
        var dir = Path.GetDirectoryName(Path.GetFullPath(filePath)) ?? ".";
        return _configByDir.GetOrAdd(dir, ConfigLoader.LoadFor);
    }

    public LintResult LintText(SourceText text, string pathForKind, ProjectConfig config, CancellationToken cancellationToken = default) =>
        Linter.Lint(text, OptionsFactory.Create(config, ProseParser.KindFromPath(pathForKind)), _driver, cancellationToken);

    public FileLintResult LintFile(string path, CancellationToken cancellationToken = default)
    {
        SourceText text;
        try
        {
            text = SourceText.From(File.ReadAllBytes(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileLintResult(path, null, null, $"{path}: cannot read file: {ex.Message}");
        }
        var config = ConfigFor(path);
        return new FileLintResult(path, text, LintText(text, path, config, cancellationToken), null);
    }

    /// <summary>Lint many files in parallel; results come back in input order. <paramref name="progress"/> gets the count done.</summary>
    public IReadOnlyList<FileLintResult> LintFiles(IReadOnlyList<string> paths, IProgress<int>? progress = null, CancellationToken cancellationToken = default, int maxParallelism = 0)
    {
        var results = new FileLintResult[paths.Count];
        int done = 0;
        Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount }, i =>
        {
            results[i] = LintFile(paths[i], cancellationToken);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return results;
    }
}
