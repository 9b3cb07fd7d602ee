using System.CommandLine;
using CopyLint.Workspace.Configuration;
using CopyLint.Workspace.RulePacks;

namespace CopyLint.Cli.Commands;

/// <summary>
/// <c>copylint init</c>: write a starter copylint.json (with $schema) and a sample desk pack rules/desk.json into the
/// current folder. Refuses to overwrite either file.
/// </summary>
internal static class InitCommand
{
    public static Command Create()
    {
        var cmd = new Command("init", "Write a starter copylint.json and a sample desk rule pack (rules/desk.json) into the current folder.");
        cmd.SetAction(_ => Run(Environment.CurrentDirectory, Console.Out, Console.Error));
        return cmd;
    }

    internal static int Run(string directory, TextWriter stdout, TextWriter stderr)
    {
        var config = Path.Combine(directory, ConfigLoader.FileName);
        var pack = Path.Combine(directory, StarterFiles.PackRelativePath);
        var existing = new[] { config, pack }.Where(File.Exists).ToList();
        if (existing.Count > 0)
        {
            foreach (var e in existing) stderr.WriteLine($"copylint: {e} already exists; init does not overwrite files.");
            return 1;
        }
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(pack)!);
            WriteNew(pack, StarterFiles.DeskPack);
            WriteNew(config, StarterFiles.Config);
        }
        catch (IOException ex)
        {
            stderr.WriteLine($"copylint: init: {ex.Message}");
            return 1;
        }
        stdout.WriteLine($"Wrote {config}");
        stdout.WriteLine($"Wrote {pack}");
        stdout.WriteLine("Next: edit the desk rules, run 'copylint test-rules rules/desk.json', then 'copylint check .'");
        return 0;
    }

    /// <summary>Create the file; fails instead of overwriting if it appeared meanwhile.</summary>
    private static void WriteNew(string path, string text)
    {
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        using var writer = new StreamWriter(stream, new System.Text.UTF8Encoding(false));
        writer.Write(text);
    }
}
