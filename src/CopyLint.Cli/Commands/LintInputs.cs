using CopyLint.Cli.Output;
using CopyLint.Core.Text;
using CopyLint.Workspace.Configuration;
using CopyLint.Workspace.Files;
using CopyLint.Workspace.Sessions;

namespace CopyLint.Cli.Commands;

/// <summary>Shared by the commands that lint: expand inputs, lint files (and '-' from standard input), report errors.</summary>
internal static class LintInputs
{
    /// <summary>A session whose rule-pack problems print on stderr without failing the run.</summary>
    public static LintSession NewSession(CliEnvironment env) =>
        new(env.Analyzers, onWarning: e => env.Err.WriteLine($"{e.File}:{e.Line}:{e.Column}: warning: {e.Message} (skipped; the rest of the configuration applies)"));

    /// <summary>Expand inputs into files; null (after printing why) when an input matched nothing.</summary>
    public static IReadOnlyList<string>? ExpandFiles(CliEnvironment env, IEnumerable<string> inputs)
    {
        var (files, unmatched) = FileSet.Expand(inputs.Where(i => i != "-"));
        foreach (var u in unmatched) env.Err.WriteLine($"copylint: {u}: no such file, folder or matching file");
        return unmatched.Count > 0 ? null : files;
    }

    /// <summary>Lint everything; null (after printing why) on a usage, I/O or configuration error.</summary>
    public static IReadOnlyList<FileLintResult>? Lint(CliEnvironment env, LintSession session, string[] inputs, string stdinName, bool showProgress)
    {
        try
        {
            var files = ExpandFiles(env, inputs);
            if (files is null) return null;
            var results = new List<FileLintResult>();
            using (var progress = ProgressDisplay.Start(files.Count, showProgress && env.ErrIsTerminal, env.Err))
                results.AddRange(session.LintFiles(files, progress));
            if (inputs.Contains("-")) results.Add(LintStdin(env, session, stdinName));
            foreach (var r in results.Where(r => r.Error is not null)) env.Err.WriteLine($"copylint: {r.Error}");
            return results.Any(r => r.Error is not null) ? null : results;
        }
        catch (Exception ex) when (ConfigErrors(ex) is { } config)
        {
            foreach (var e in config.Errors) env.Err.WriteLine(e.ToString());
            return null;
        }
    }

    /// <summary>Files per parallel batch when streaming: bounds memory to a batch's documents, whatever the run's size.</summary>
    public const int BatchSize = 64;

    /// <summary>
    /// Lint everything in batches and hand each result to <paramref name="sink"/> in input order, so a large run
    /// never holds every document at once. Configurations are all loaded (and validated) before anything is
    /// written. Returns false (after printing why) on a usage or configuration error; files that cannot be read
    /// reach the sink with their <see cref="FileLintResult.Error"/> set and are also reported on stderr.
    /// </summary>
    public static bool LintStreaming(CliEnvironment env, LintSession session, string[] inputs, string stdinName, bool showProgress, Action<FileLintResult> sink)
    {
        IReadOnlyList<string>? files;
        try
        {
            files = ExpandFiles(env, inputs);
            if (files is null) return false;
            foreach (var f in files) session.ConfigFor(f);
            if (inputs.Contains("-")) session.ConfigFor(Path.Combine(Environment.CurrentDirectory, stdinName));
        }
        catch (Exception ex) when (ConfigErrors(ex) is { } config)
        {
            foreach (var e in config.Errors) env.Err.WriteLine(e.ToString());
            return false;
        }
        using (var progress = ProgressDisplay.Start(files.Count, showProgress && env.ErrIsTerminal, env.Err))
        {
            // Results reach the sink in input order while later files are still being linted (at most a few batches
            // ahead, which bounds memory): writing the report overlaps linting.
            session.LintFilesInOrder(files, r =>
            {
                if (r.Error is not null) env.Err.WriteLine($"copylint: {r.Error}");
                sink(r);
            }, progress, window: 4 * BatchSize);
        }
        if (inputs.Contains("-")) sink(LintStdin(env, session, stdinName));
        return true;
    }

    /// <summary>The configuration error inside <paramref name="ex"/> (parallel runs wrap it), if that is what it is.</summary>
    public static ConfigException? ConfigErrors(Exception ex) => ex switch
    {
        ConfigException c => c,
        AggregateException a => a.Flatten().InnerExceptions.OfType<ConfigException>().FirstOrDefault(),
        _ => null,
    };

    /// <summary>Standard input as one document named <paramref name="stdinName"/>, with the configuration of the working folder.</summary>
    private static FileLintResult LintStdin(CliEnvironment env, LintSession session, string stdinName)
    {
        using var stdin = env.OpenStdin();
        using var ms = new MemoryStream();
        stdin.CopyTo(ms);
        var text = SourceText.From(ms.ToArray());
        var config = session.ConfigFor(Path.Combine(Environment.CurrentDirectory, stdinName));
        return new FileLintResult(stdinName, text, session.LintText(text, stdinName, config), null);
    }
}
