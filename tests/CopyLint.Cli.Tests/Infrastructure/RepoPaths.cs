namespace CopyLint.Cli.Tests.Infrastructure;

internal static class RepoPaths
{
    /// <summary>The repository root: the nearest folder above the test binaries that holds CopyLint.sln.</summary>
    public static string Root { get; } = Find();

    /// <summary>../shared next to the repository (corpora, peers); may not exist.</summary>
    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "CopyLint.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("CopyLint.sln not found above " + AppContext.BaseDirectory);
    }
}
