namespace CopyLint.Core.Tests.Infrastructure;

/// <summary>
/// Locates the read-only shared folder (<c>../shared</c> next to the repository root). Tests that need it
/// skip with a message when it is absent (a fresh clone on CI has no corpora).
/// </summary>
internal static class SharedData
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The shared folder, or null when it does not exist.</summary>
    public static string? Folder => Root.Value;

    public static string? PathTo(string relative)
    {
        if (Folder is null) return null;
        var path = Path.Combine(Folder, relative);
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    private static string? FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "CopyLint.sln"))) continue;
            var shared = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
        return null;
    }
}
