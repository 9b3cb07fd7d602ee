using System.Collections.Concurrent;
using CopyLint.Core;
using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.LanguageServer.Workspace;
using CopyLint.Rules;
using CopyLint.Workspace.Configuration;
using CopyLint.Workspace.Files;
using CopyLint.Workspace.Sessions;

namespace CopyLint.LanguageServer.Analysis;

/// <summary>
/// Lints document snapshots with the folder's configuration and the client's settings, and remembers the last
/// result per document so hover, code actions and pull diagnostics reuse the lint of the same text.
/// </summary>
internal sealed class DocumentAnalyzer
{
    private readonly ConcurrentDictionary<string, AnalysisResult> _cache = new(StringComparer.Ordinal);
    private readonly ConfigProvider _configs;
    private readonly WorkspaceFolders _folders;
    private readonly AnalyzerDriver _driver;
    private readonly LintSession _rules;
    private int _generation;
    private volatile ServerSettings _settings = ServerSettings.Default;

    public DocumentAnalyzer(ConfigProvider configs, WorkspaceFolders folders, IReadOnlyList<Analyzer>? analyzers = null)
    {
        _configs = configs;
        _folders = folders;
        _driver = new AnalyzerDriver(analyzers ?? BuiltInRules.All);
        // Desk rule packs (shipped, from copylint.json "rulePacks" and inline "customRules") join the built-in rules per configuration.
        _rules = new LintSession(analyzers ?? BuiltInRules.All, onWarning: e => Console.Error.WriteLine($"copylint-server: {e}"));
    }

    public ServerSettings Settings => _settings;

    /// <summary>Bumped whenever settings or configuration change: every cached result becomes stale.</summary>
    public int Generation => Volatile.Read(ref _generation);

    public void UpdateSettings(ServerSettings settings)
    {
        _settings = settings;
        Invalidate();
    }

    public void Invalidate()
    {
        _rules.Reload();
        Interlocked.Increment(ref _generation);
        _cache.Clear();
    }

    public void Forget(string uri) => _cache.TryRemove(uri, out _);

    /// <summary>Does this document get linted under the current settings (enable, languages, globs)?</summary>
    public bool ShouldLint(OpenDocument doc)
    {
        var s = _settings;
        if (!s.Enable) return false;
        var language = DocumentUris.LanguageName(doc.Kind);
        if (!s.Languages.Any(l => string.Equals(l, language, StringComparison.OrdinalIgnoreCase) || string.Equals(l, doc.LanguageId, StringComparison.OrdinalIgnoreCase)))
            return false;
        if (s.Globs.Count == 0) return true;
        var path = doc.FilePath;
        if (path is null) return false;
        var folder = _folders.FolderOf(path);
        var relative = folder is null ? path : System.IO.Path.GetRelativePath(folder, path);
        return s.Globs.Any(g => Glob.IsMatch(g, relative) || Glob.IsMatch(g, path));
    }

    public AnalysisResult Analyze(OpenDocument doc, CancellationToken cancellationToken)
    {
        int generation = Generation;
        if (_cache.TryGetValue(doc.Uri, out var cached) && cached.Generation == generation && ReferenceEquals(cached.Document.Text, doc.Text))
            return cached;
        LintResult? lint = null;
        if (ShouldLint(doc))
        {
            var config = _configs.For(doc.FilePath);
            // A long draft is linted on every core (the driver splits only drafts long enough to gain): the writer is waiting.
            lint = Linter.Lint(doc.Text, OptionsFor(config, doc), DriverFor(config), Environment.ProcessorCount, cancellationToken);
        }
        var result = new AnalysisResult(doc, lint, generation);
        if (generation == Generation) _cache[doc.Uri] = result;
        return result;
    }

    public LintOptions OptionsFor(ProjectConfig config, OpenDocument doc)
    {
        var options = OptionsFactory.Create(config, doc.Kind);
        var overrides = _settings.Severity;
        if (overrides.Count == 0) return options;
        var merged = new Dictionary<string, ReportSeverity>(options.Severities, StringComparer.OrdinalIgnoreCase);
        foreach (var (id, sev) in overrides) merged[id] = sev;
        return options with { Severities = merged };
    }

    public AnalyzerDriver Driver => _driver;

    /// <summary>Built-in plus desk rules for one configuration; built-ins alone if a pack cannot be compiled.</summary>
    public AnalyzerDriver DriverFor(ProjectConfig config)
    {
        try { return _rules.DriverFor(config); }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Console.Error.WriteLine($"copylint-server: desk rules unavailable: {ex.Message}");
            return _driver;
        }
    }
}
