using System.Collections.Concurrent;
using CopyLint.Workspace.Configuration;

namespace CopyLint.LanguageServer.Workspace;

/// <summary>
/// The copylint.json configuration for a document, found by walking up from its folder (so each workspace folder
/// gets its own). Cached per folder until a watched file changes. A broken configuration never stops linting:
/// the document is linted with defaults and the errors are handed to <see cref="ConfigErrors"/>.
/// </summary>
internal sealed class ConfigProvider
{
    private readonly ConcurrentDictionary<string, (ProjectConfig Config, ConfigException? Error)> _byDir = new(StringComparer.Ordinal);
    private readonly WorkspaceFolders _folders;

    public ConfigProvider(WorkspaceFolders folders) => _folders = folders;

    /// <summary>Raised (once per load) with the errors of a configuration that could not be used.</summary>
    public event Action<ConfigException>? ConfigErrors;

    public ProjectConfig For(string? filePath)
    {
        var dir = filePath is not null ? System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(filePath)) : _folders.Paths.FirstOrDefault();
        if (string.IsNullOrEmpty(dir)) return ProjectConfig.Empty;
        bool loaded = false;
        var entry = _byDir.GetOrAdd(dir, d => { loaded = true; return Load(d); });
        if (loaded && entry.Error is not null) ConfigErrors?.Invoke(entry.Error);
        return entry.Config;
    }

    private static (ProjectConfig, ConfigException?) Load(string dir)
    {
        try { return (ConfigLoader.LoadFor(dir), null); }
        catch (ConfigException ex) { return (ProjectConfig.Empty, ex); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (ProjectConfig.Empty, new ConfigException([new ConfigError(System.IO.Path.Combine(dir, ConfigLoader.FileName), 1, 1, "cannot read configuration: " + ex.Message)]));
        }
    }

    /// <summary>Paths of the config files and rule packs currently in use (to decide whether a file event matters).</summary>
    public bool IsConfigInput(string path)
    {
        if (string.Equals(System.IO.Path.GetFileName(path), ConfigLoader.FileName, StringComparison.OrdinalIgnoreCase)) return true;
        var full = System.IO.Path.GetFullPath(path);
        return _byDir.Values.Any(e => e.Config.RulePacks.Any(p => full.StartsWith(p, StringComparison.Ordinal)));
    }

    public void Invalidate() => _byDir.Clear();
}
