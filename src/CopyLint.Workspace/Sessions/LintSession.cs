using System.Collections.Concurrent;
using CopyLint.Core;
using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Parsing;
using CopyLint.Core.Text;
using CopyLint.Rules;
using CopyLint.Workspace.Configuration;
using CopyLint.Workspace.RulePacks;

namespace CopyLint.Workspace.Sessions;

/// <summary>
/// Lints files from disk with the configuration that applies to each (copylint.json found by walking up),
/// in parallel. The one place that reads article files. Each file runs the built-in analyzers plus the desk
/// rules its configuration brings (shipped packs, rulePacks, customRules); one driver is built per distinct
/// rule set and reused. Problems in rule packs never fail a run: they are collected in <see cref="Warnings"/>
/// (and passed to the callback given at construction) and the faulty rules are skipped.
/// </summary>
public sealed class LintSession
{
    private readonly IReadOnlyList<Analyzer> _builtIns;
    private readonly AnalyzerDriver _driver;
    private readonly ConcurrentDictionary<string, ProjectConfig> _configByDir = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Lazy<ConfiguredRules>> _rulesByKey = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _warningSeen = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ConfigError> _warnings = new();
    private readonly ProjectConfig? _fixedConfig;
    private readonly Action<ConfigError>? _onWarning;
    private readonly bool _includeShippedPacks;

    /// <summary>A driver for a configuration, and (built on first use) every rule that can report under it.</summary>
    private sealed record ConfiguredRules(AnalyzerDriver Driver, Lazy<IReadOnlyList<DiagnosticDescriptor>> LazyDescriptors)
    {
        public IReadOnlyList<DiagnosticDescriptor> Descriptors => LazyDescriptors.Value;
    }

    public LintSession(IReadOnlyList<Analyzer>? analyzers = null, ProjectConfig? fixedConfig = null,
        Action<ConfigError>? onWarning = null, bool includeShippedPacks = true)
    {
        _builtIns = analyzers ?? BuiltInRules.All;
        _driver = new AnalyzerDriver(_builtIns);
        _fixedConfig = fixedConfig;
        _onWarning = onWarning;
        _includeShippedPacks = includeShippedPacks;
    }

    /// <summary>The driver of the built-in analyzers alone (no desk rules).</summary>
    public AnalyzerDriver Driver => _driver;

    /// <summary>Rule-pack problems met so far, each once, in the order found. They never fail a run.</summary>
    public IReadOnlyList<ConfigError> Warnings => [.. _warnings];

    /// <summary>The configuration for a file's folder (cached per folder). Throws <see cref="ConfigException"/>.</summary>
    public ProjectConfig ConfigFor(string filePath)
    {
        if (_fixedConfig is not null) return _fixedConfig;
        // A batch run asks for thousands of files in a few folders: a file in the folder this thread asked about last
        // (as written, for a fully qualified path) gets that answer without normalising the path again.
        bool qualified = Path.IsPathFullyQualified(filePath);
        var rawDir = Path.GetDirectoryName(filePath.AsSpan());
        var last = t_lastFolder;
        if (qualified && last is not null && ReferenceEquals(last.Session, this) && last.Generation == _generation && rawDir.SequenceEqual(last.RawDir))
            return last.Config;
        var dir = Path.GetDirectoryName(Path.GetFullPath(filePath)) ?? ".";
        var config = _configByDir.GetOrAdd(dir, ConfigLoader.LoadFor);
        if (qualified) t_lastFolder = new LastFolder(this, _generation, rawDir.ToString(), config);
        return config;
    }

    private sealed record LastFolder(LintSession Session, int Generation, string RawDir, ProjectConfig Config);
    [ThreadStatic] private static LastFolder? t_lastFolder;
    private volatile int _generation; // bumped by Reload: remembered answers from before it are not used

    /// <summary>
    /// Forget cached configurations and compiled desk rules, so that edited copylint.json files and rule packs are
    /// read again (a long-lived host such as the language server calls this when they change on disk).
    /// </summary>
    public void Reload()
    {
        _generation++;
        _lastRules = null;
        _configByDir.Clear();
        _rulesByKey.Clear();
        _warningSeen.Clear();
        _warnings.Clear();
    }

    /// <summary>Built-in analyzers plus the desk rules that apply to <paramref name="config"/>, as one cached driver.</summary>
    public AnalyzerDriver DriverFor(ProjectConfig config) => RulesFor(config).Driver;

    /// <summary>Every rule that can report on <paramref name="path"/>: built-in and desk rules (for SARIF metadata, hover, listings).</summary>
    public IReadOnlyList<DiagnosticDescriptor> DescriptorsFor(string path) => DescriptorsFor(ConfigFor(path));

    public IReadOnlyList<DiagnosticDescriptor> DescriptorsFor(ProjectConfig config) => RulesFor(config).Descriptors;

    public LintResult LintText(SourceText text, string pathForKind, ProjectConfig config, CancellationToken cancellationToken = default) =>
        Linter.Lint(text, OptionsFactory.Create(config, ProseParser.KindFromPath(pathForKind)), DriverFor(config), cancellationToken);

    public FileLintResult LintFile(string path, CancellationToken cancellationToken = default)
    {
        SourceText text;
        try
        {
            text = ReadSource(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return new FileLintResult(path, null, null, $"{path}: cannot read file: {ex.Message}");
        }
        var config = ConfigFor(path);
        return new FileLintResult(path, text, LintText(text, path, config, cancellationToken), null);
    }

    /// <summary>
    /// A file's text, read through a pooled buffer (a run reads thousands of drafts: a new byte array for each was a
    /// good part of the run's fresh memory). Like <see cref="File.ReadAllBytes"/>, reads a file of known size to that size,
    /// and one that reports no size (procfs, pipes) to its end.
    /// </summary>
    internal static SourceText ReadSource(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        long length = RandomAccess.GetLength(handle);
        if (length > int.MaxValue / 4) return SourceText.From(File.ReadAllBytes(path)); // huge: ReadAllBytes says why it cannot
        var pool = System.Buffers.ArrayPool<byte>.Shared;
        var buffer = pool.Rent((int)length + 1); // one spare byte, so reaching the end needs no second buffer
        try
        {
            int total = 0;
            while (true)
            {
                if (total == buffer.Length)
                {
                    var bigger = pool.Rent(checked(buffer.Length * 2));
                    buffer.AsSpan(0, total).CopyTo(bigger);
                    pool.Return(buffer);
                    buffer = bigger;
                }
                int read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
                if (read == 0) break;
                total += read;
                if (total == length) break; // as ReadAllBytes: a file of known size is read to that size (one read, no probe for more)
            }
            return SourceText.From(buffer.AsSpan(0, total));
        }
        finally
        {
            pool.Return(buffer);
        }
    }

    /// <summary>Lint many files in parallel; results come back in input order. <paramref name="progress"/> gets the count done.</summary>
    public IReadOnlyList<FileLintResult> LintFiles(IReadOnlyList<string> paths, IProgress<int>? progress = null, CancellationToken cancellationToken = default, int maxParallelism = 0)
    {
        var results = new FileLintResult[paths.Count];
        int done = 0;
        if (paths.Count == 1)
        {
            // One file: no worker threads to start (most of a one-file run's thread-pool start-up). Errors surface as
            // Parallel.For surfaces them: cancellation as itself, anything else wrapped in an AggregateException.
            cancellationToken.ThrowIfCancellationRequested();
            try { results[0] = LintFile(paths[0], cancellationToken); }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { throw; }
            catch (Exception ex) { throw new AggregateException(ex); }
            progress?.Report(1);
            return results;
        }
        Parallel.For(0, paths.Count, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount }, i =>
        {
            results[i] = LintFile(paths[i], cancellationToken);
            progress?.Report(Interlocked.Increment(ref done));
        });
        return results;
    }

    /// <summary>
    /// Lint many files in parallel and hand each result to <paramref name="sink"/> in input order, as soon as it and all
    /// before it are done. The calling thread is one of the workers. Whichever worker finishes the next file in order
    /// delivers it (and any later ones already done): the sink is never called by two threads at once, and no thread
    /// hands results to another (a wake-up per file was a good part of a short file's cost). Workers run at most
    /// <paramref name="window"/> files ahead of delivery, which bounds memory; files are taken one at a time, so a long
    /// file does not hold up a whole chunk. Errors surface as <see cref="LintFiles"/> surfaces them (cancellation as
    /// itself, anything else in an <see cref="AggregateException"/>), after the sink got every result before the failing
    /// file; an exception from the sink (or the progress) stops the run and reaches the caller as itself.
    /// </summary>
    public void LintFilesInOrder(IReadOnlyList<string> paths, Action<FileLintResult> sink, IProgress<int>? progress = null,
        CancellationToken cancellationToken = default, int maxParallelism = 0, int window = 256)
    {
        int n = paths.Count;
        if (n == 0) return;
        int workers = Math.Min(n, maxParallelism > 0 ? maxParallelism : Environment.ProcessorCount);
        if (workers <= 1)
        {
            for (int i = 0; i < n; i++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                FileLintResult r;
                try { r = LintFile(paths[i], cancellationToken); }
                catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested) { throw; }
                catch (Exception ex) { throw new AggregateException(ex); }
                sink(r);
                progress?.Report(i + 1);
            }
            return;
        }
        var run = new OrderedRun(this, paths, sink, progress, cancellationToken, Math.Max(window, workers));
        var threads = new Thread[workers - 1];
        for (int t = 0; t < threads.Length; t++)
        {
            threads[t] = new Thread(run.Work, 4 << 20) { IsBackground = true, Name = "copylint-lint" };
            threads[t].Start();
        }
        run.Work();
        foreach (var t in threads) t.Join();
        run.ThrowIfFailed(cancellationToken);
    }

    /// <summary>
    /// Configurations that name the same packs and inline rules share one compiled rule set (and whether a shipped
    /// pack rule can run under them decides whether the driver carries the shipped packs).
    /// </summary>
    private ConfiguredRules RulesFor(ProjectConfig config)
    {
        // Files of one folder share one configuration object: the key below is built once per configuration in a row.
        var last = _lastRules;
        if (last is not null && ReferenceEquals(last.Config, config)) return last.Rules;
        var rules = RulesForKey(config);
        _lastRules = new LastRules(config, rules);
        return rules;
    }

    private sealed record LastRules(ProjectConfig Config, ConfiguredRules Rules);
    private volatile LastRules? _lastRules;

    private ConfiguredRules RulesForKey(ProjectConfig config)
    {
        bool shippedInDriver = _includeShippedPacks && ShippedRulePacks.MayRunUnder(config);
        var key = string.Join('\n', config.RulePacks) + "\0" + config.InlineRulesPath + "\0" + config.InlineRulesJson + "\0" + (shippedInDriver ? "1" : "0");
        return _rulesByKey.GetOrAdd(key, _ => new Lazy<ConfiguredRules>(() => Build(config, shippedInDriver))).Value;
    }

    /// <summary>
    /// The shipped packs' rules ship off, and compiling them (their patterns' regexes above all) is the costliest part
    /// of a short run's start-up. A driver therefore carries them only when the configuration can run one of them;
    /// leaving out rules that are off changes no finding. Rule listings (SARIF metadata, hover) still get them all.
    /// </summary>
    private ConfiguredRules Build(ProjectConfig config, bool shippedInDriver)
    {
        var desk = RulePackLoader.LoadFor(config, includeShipped: false);
        var all = _includeShippedPacks ? new Lazy<LoadedRules>(() => RulePackLoader.WithShipped(desk)) : new Lazy<LoadedRules>(desk);
        var analyzers = Admit(shippedInDriver ? all.Value : desk);
        var driver = analyzers.Count == _builtIns.Count ? _driver : new AnalyzerDriver(analyzers);
        return new ConfiguredRules(driver, new Lazy<IReadOnlyList<DiagnosticDescriptor>>(() => Descriptors(shippedInDriver ? analyzers : Admit(all.Value))));
    }

    /// <summary>Built-in analyzers plus the loaded desk rules, warning about load errors and desk rules that take a built-in ID.</summary>
    private List<Analyzer> Admit(LoadedRules loaded)
    {
        foreach (var error in loaded.Errors) Warn(error);
        var builtInIds = _builtIns.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var analyzers = new List<Analyzer>(_builtIns);
        foreach (var a in loaded.Analyzers)
        {
            if (builtInIds.Contains(a.Rule.Id)) { Warn(new ConfigError(a.Rule.Source ?? "?", 1, 1, $"Rule ID {a.Rule.Id} belongs to a built-in rule; the desk rule is skipped.")); continue; }
            analyzers.Add(a);
        }
        return analyzers;
    }

    private static IReadOnlyList<DiagnosticDescriptor> Descriptors(List<Analyzer> analyzers) =>
        analyzers.SelectMany(a => a.SupportedDiagnostics)
            .Append(EngineDiagnostics.SuppressionWithoutReason).Append(EngineDiagnostics.AnalyzerCrash)
            .GroupBy(d => d.Id, StringComparer.OrdinalIgnoreCase).Select(g => g.First())
            .OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    private void Warn(ConfigError error)
    {
        if (!_warningSeen.TryAdd(error.ToString(), 0)) return;
        _warnings.Enqueue(error);
        _onWarning?.Invoke(error);
    }
}
