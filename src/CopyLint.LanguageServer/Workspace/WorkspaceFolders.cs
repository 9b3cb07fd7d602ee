using CopyLint.LanguageServer.Protocol;

namespace CopyLint.LanguageServer.Workspace;

/// <summary>The workspace folders (multi-root), as local paths.</summary>
internal sealed class WorkspaceFolders
{
    private readonly object _gate = new();
    private List<(string Uri, string Path)> _folders = [];

    public IReadOnlyList<string> Paths { get { lock (_gate) return _folders.Select(f => f.Path).ToList(); } }

    public void Set(IEnumerable<WorkspaceFolder> folders)
    {
        lock (_gate) _folders = folders.Select(f => (f.Uri, DocumentUris.ToPath(f.Uri))).Where(f => f.Item2 is not null).Select(f => (f.Uri, f.Item2!)).ToList();
    }

    public void Change(IEnumerable<WorkspaceFolder> added, IEnumerable<WorkspaceFolder> removed)
    {
        lock (_gate)
        {
            var gone = removed.Select(r => r.Uri).ToHashSet(StringComparer.Ordinal);
            var list = _folders.Where(f => !gone.Contains(f.Uri)).ToList();
            foreach (var a in added)
                if (DocumentUris.ToPath(a.Uri) is { } p && list.All(f => f.Uri != a.Uri)) list.Add((a.Uri, p));
            _folders = list;
        }
    }

    /// <summary>The innermost folder that holds <paramref name="path"/>, if any.</summary>
    public string? FolderOf(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        return Paths.Where(f => full.StartsWith(f.TrimEnd('/', '\\') + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
                    .OrderByDescending(f => f.Length).FirstOrDefault();
    }
}
