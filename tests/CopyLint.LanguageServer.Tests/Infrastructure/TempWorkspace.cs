namespace CopyLint.LanguageServer.Tests.Infrastructure;

/// <summary>A throwaway folder with a root copylint.json boundary, deleted at the end of the test.</summary>
internal sealed class TempWorkspace : IDisposable
{
    public TempWorkspace()
    {
        Root = Path.Combine(Path.GetTempPath(), "copylint-lsp-" + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public string Uri => DocumentUris.FromPath(Root);

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string UriOf(string relative) => DocumentUris.FromPath(Path.Combine(Root, relative));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
