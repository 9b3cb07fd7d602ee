namespace CopyLint.Workspace.Tests.Infrastructure;

/// <summary>Finds the repository root (the folder with CopyLint.sln) from the test binaries.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = Find();

    public static string Rules => Path.Combine(Root, "rules");

    /// <summary>../shared next to the repository, or null when it is absent.</summary>
    public static string? SharedSample(string name)
    {
        var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "samples", name));
        return File.Exists(path) ? path : null;
    }

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CopyLint.sln"))) return dir.FullName;
        throw new InvalidOperationException("Cannot find CopyLint.sln above " + AppContext.BaseDirectory);
    }
}
