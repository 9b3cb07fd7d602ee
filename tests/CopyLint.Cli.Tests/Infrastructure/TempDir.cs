using System.Text;

namespace CopyLint.Cli.Tests.Infrastructure;

/// <summary>A fresh temporary folder (with a root copylint.json so no configuration above it applies), deleted on dispose.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir(bool rootConfig = true)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "copylint-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
        if (rootConfig) File.WriteAllText(Combine("copylint.json"), "{ \"root\": true }\n");
    }

    public string Path { get; }

    public string Combine(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text, bool bom = false)
    {
        var path = Combine(name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var bytes = new UTF8Encoding(false).GetBytes(text);
        File.WriteAllBytes(path, bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        return path;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
