using System.Diagnostics;
using CopyLint.Cli.Tests.Infrastructure;
using YamlDotNet.RepresentationModel;

namespace CopyLint.Cli.Tests;

/// <summary>The CI recipes in docs/ci parse, have the structure their platform needs, and only use commands the CLI accepts.</summary>
public sealed class CiRecipeTests
{
    private static string Doc(params string[] parts) => Path.Combine([RepoPaths.Root, .. parts]);

    private static YamlMappingNode Load(string path)
    {
        var stream = new YamlStream();
        using var reader = new StreamReader(path);
        stream.Load(reader);
        return Assert.IsType<YamlMappingNode>(Assert.Single(stream.Documents).RootNode);
    }

    private static YamlNode At(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : throw new Xunit.Sdk.XunitException($"missing key '{key}'");

    private static string Scalar(YamlNode node) => Assert.IsType<YamlScalarNode>(node).Value!;

    /// <summary>Every "copylint …" command in a shell line (up to a redirection or ||) parses without errors.</summary>
    private static int AssertCopylintCommandsParse(IEnumerable<string> shellLines)
    {
        int count = 0;
        foreach (var line in shellLines)
        {
            var at = line.IndexOf("copylint ", StringComparison.Ordinal);
            if (at < 0 || line.Contains("tool install", StringComparison.Ordinal)) continue;
            var command = line[(at + "copylint ".Length)..];
            foreach (var stop in new[] { " >", " ||", " &&", " |" })
            {
                int s = command.IndexOf(stop, StringComparison.Ordinal);
                if (s >= 0) command = command[..s];
            }
            var args = command.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var env = new CliEnvironment { Out = TextWriter.Null, Err = TextWriter.Null };
            var parse = Program.BuildRoot(env).Parse(args);
            Assert.True(parse.Errors.Count == 0, $"'copylint {command}': {string.Join("; ", parse.Errors.Select(e => e.Message))}");
            count++;
        }
        return count;
    }

    [Fact]
    public void Github_workflow_uploads_sarif_and_annotates()
    {
        var root = Load(Doc("docs", "ci", "github-workflow.yml"));
        Assert.NotNull(At(root, "on"));
        var permissions = (YamlMappingNode)At(root, "permissions");
        Assert.Equal("write", Scalar(At(permissions, "security-events")));
        var job = (YamlMappingNode)At((YamlMappingNode)At(root, "jobs"), "copylint");
        Assert.False(string.IsNullOrEmpty(Scalar(At(job, "runs-on"))));
        var steps = ((YamlSequenceNode)At(job, "steps")).Children.Cast<YamlMappingNode>().ToList();
        Assert.All(steps, s => Assert.True(s.Children.ContainsKey("uses") ^ s.Children.ContainsKey("run"), "a step has either uses or run"));
        var runs = steps.Where(s => s.Children.ContainsKey("run")).Select(s => Scalar(At(s, "run"))).ToList();
        Assert.Contains(runs, r => r.Contains("--format github"));
        var sarifRun = Assert.Single(runs, r => r.Contains("--format sarif"));
        var upload = Assert.Single(steps, s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) && Scalar(u).StartsWith("github/codeql-action/upload-sarif@"));
        var sarifFile = Scalar(At((YamlMappingNode)At(upload, "with"), "sarif_file"));
        Assert.Contains("> " + sarifFile, sarifRun);
        Assert.True(AssertCopylintCommandsParse(runs.SelectMany(r => r.Split('\n'))) >= 2);
    }

    [Fact]
    public void Gitlab_job_runs_the_gate_and_keeps_the_reports()
    {
        var root = Load(Doc("docs", "ci", "gitlab-ci.yml"));
        var job = (YamlMappingNode)At(root, "copylint");
        Assert.False(string.IsNullOrEmpty(Scalar(At(job, "image"))));
        var script = ((YamlSequenceNode)At(job, "script")).Children.Select(Scalar).ToList();
        Assert.True(AssertCopylintCommandsParse(script) >= 2);
        var artifacts = ((YamlSequenceNode)At((YamlMappingNode)At(job, "artifacts"), "paths")).Children.Select(Scalar).ToList();
        foreach (var file in artifacts) Assert.Contains(script, line => line.Contains(file));
    }

    [Fact]
    public void Ci_guide_points_at_the_shipped_recipes()
    {
        var guide = File.ReadAllText(Doc("docs", "ci.md"));
        foreach (var f in new[] { "docs/ci/github-workflow.yml", "docs/ci/gitlab-ci.yml", "scripts/pre-commit-hook.sh" })
        {
            Assert.Contains(f, guide);
            Assert.True(File.Exists(Doc(f.Split('/'))), f);
        }
    }

    [Fact]
    public void Pre_commit_hook_blocks_a_flawed_draft_and_lets_a_clean_one_through()
    {
        if (OperatingSystem.IsWindows() || !File.Exists("/usr/bin/git") && !File.Exists("/bin/git")) return;
        using var dir = new TempDir(rootConfig: false);
        Git(dir.Path, "init", "-q");
        Git(dir.Path, "config", "user.email", "desk@example.com");
        Git(dir.Path, "config", "user.name", "Desk");
        var hook = Path.Combine(dir.Path, ".git", "hooks", "pre-commit");
        File.Copy(Doc("scripts", "pre-commit-hook.sh"), hook);
        File.SetUnixFileMode(hook, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        dir.Write("copylint.json", "{ \"root\": true }\n");
        dir.Write("notes.json", "{}\n");
        Git(dir.Path, "add", "copylint.json", "notes.json");
        Assert.Equal(0, Git(dir.Path, "commit", "-q", "-m", "config only: no drafts to check").Code);

        dir.Write("drafts/bridge story.txt", "Council votes to close bridge\n\nThe council voted on Tuesday to close the old bridge.\n");
        Git(dir.Path, "add", "drafts");
        var blocked = Git(dir.Path, "commit", "-q", "-m", "draft without byline");
        Assert.Equal(1, blocked.Code);
        Assert.Contains("drafts/bridge story.txt:1:1: error CL0003", blocked.Out + blocked.Err);

        // The hook checks what is staged: fixing the working copy without staging still fails.
        dir.Write("drafts/bridge story.txt", "Council votes to close bridge\n\nBy Jane Smith\n\nThe council voted on Tuesday to close the old bridge, the city council said.\n");
        Assert.Equal(1, Git(dir.Path, "commit", "-q", "-m", "unstaged fix").Code);
        Git(dir.Path, "add", "drafts");
        var passed = Git(dir.Path, "commit", "-q", "-m", "draft with byline");
        Assert.True(passed.Code == 0, passed.Out + passed.Err);
    }

    private static (int Code, string Out, string Err) Git(string cwd, params string[] args)
    {
        var info = new ProcessStartInfo("git") { WorkingDirectory = cwd, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["COPYLINT"] = $"dotnet {ProcessTests.CliDll}";
        info.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        using var p = Process.Start(info)!;
        var o = p.StandardOutput.ReadToEndAsync();
        var e = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, o.Result, e.Result);
    }
}
