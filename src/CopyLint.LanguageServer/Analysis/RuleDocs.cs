using System.Collections.Concurrent;
using CopyLint.Core.Diagnostics;

namespace CopyLint.LanguageServer.Analysis;

/// <summary>
/// Finds rule pages (docs/rules/&lt;ID&gt;.md) next to the server, in a folder named by COPYLINT_DOCS, or in the
/// repository the server was built in; links to them by file: URI, else to the descriptor's help link.
/// </summary>
internal sealed class RuleDocs
{
    private readonly IReadOnlyList<string> _folders;
    private readonly ConcurrentDictionary<string, RuleDoc?> _cache = new(StringComparer.OrdinalIgnoreCase);

    public RuleDocs(IEnumerable<string> folders) => _folders = folders.Where(Directory.Exists).ToList();

    public IReadOnlyList<string> Folders => _folders;

    public static RuleDocs Discover()
    {
        var folders = new List<string>();
        if (Environment.GetEnvironmentVariable("COPYLINT_DOCS") is { Length: > 0 } env) folders.Add(env);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "docs", "rules");
            if (Directory.Exists(candidate)) { folders.Add(candidate); break; }
        }
        return new RuleDocs(folders);
    }

    public string? PathFor(string id)
    {
        if (id.IndexOfAny(['/', '\\', '.']) >= 0) return null;
        foreach (var folder in _folders)
        {
            var p = System.IO.Path.Combine(folder, id + ".md");
            if (File.Exists(p)) return p;
        }
        return null;
    }

    public string HrefFor(DiagnosticDescriptor descriptor) =>
        PathFor(descriptor.Id) is { } path ? DocumentUris.FromPath(path) : descriptor.HelpLinkUri;

    public RuleDoc? Read(string id) => _cache.GetOrAdd(id, Load);

    public void Invalidate() => _cache.Clear();

    private RuleDoc? Load(string id)
    {
        var path = PathFor(id);
        if (path is null) return null;
        string[] lines;
        try { lines = File.ReadAllLines(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return null; }
        return Parse(path, lines);
    }

    /// <summary>First paragraph that is not a heading, and the body of the "Examples" section.</summary>
    public static RuleDoc Parse(string path, IReadOnlyList<string> lines)
    {
        var summary = new List<string>();
        int i = 0;
        bool inFence = false;
        for (; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            if (inFence || IsHeading(line, out _)) { if (summary.Count > 0) break; continue; }
            if (string.IsNullOrWhiteSpace(line)) { if (summary.Count > 0) break; continue; }
            summary.Add(line.Trim());
        }
        string? examples = null;
        for (int k = 0; k < lines.Count; k++)
        {
            if (!IsHeading(lines[k], out int level) || !lines[k].TrimStart('#', ' ').StartsWith("Example", StringComparison.OrdinalIgnoreCase)) continue;
            var body = new List<string>();
            bool fence = false;
            for (int m = k + 1; m < lines.Count; m++)
            {
                if (lines[m].TrimStart().StartsWith("```", StringComparison.Ordinal)) fence = !fence;
                if (!fence && IsHeading(lines[m], out int l2) && l2 <= level) break;
                body.Add(lines[m]);
            }
            examples = string.Join("\n", body).Trim();
            if (examples.Length == 0) examples = null;
            break;
        }
        return new RuleDoc(path, string.Join(" ", summary), examples);
    }

    private static bool IsHeading(string line, out int level)
    {
        level = 0;
        while (level < line.Length && line[level] == '#') level++;
        return level is > 0 and <= 6 && (line.Length == level || line[level] == ' ');
    }
}
