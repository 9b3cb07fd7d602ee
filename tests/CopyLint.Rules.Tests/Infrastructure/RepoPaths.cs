namespace CopyLint.Rules.Tests.Infrastructure;

/// <summary>The repository root (the folder holding CopyLint.sln) and the shared corpora beside it.</summary>
internal static class RepoPaths
{
    public static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CopyLint.sln"))) return dir.FullName;
        throw new InvalidOperationException("CopyLint.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>A path under ../shared/corpora (it may not exist: tests skip with a message then).</summary>
    public static string Corpus(params string[] parts) =>
        Path.Combine([Root(), "..", "shared", "corpora", .. parts]);
}
