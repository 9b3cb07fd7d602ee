using System.Diagnostics;
using CopyLint.Cli.Tests.Infrastructure;

namespace CopyLint.Cli.Tests;

/// <summary>The few checks that need a real process: exit codes as the OS sees them, and real stdin.</summary>
public sealed class ProcessTests
{
    internal static string CliDll => Path.Combine(AppContext.BaseDirectory, "copylint.dll");

    internal static (int Code, string Out, string Err) RunProcess(string? stdin, params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true, UseShellExecute = false };
        info.ArgumentList.Add(CliDll);
        foreach (var a in args) info.ArgumentList.Add(a);
        using var p = Process.Start(info)!;
        p.StandardInput.Write(stdin ?? "");
        p.StandardInput.Close();
        var outTask = p.StandardOutput.ReadToEndAsync();
        var errTask = p.StandardError.ReadToEndAsync();
        p.WaitForExit();
        return (p.ExitCode, outTask.Result, errTask.Result);
    }

    [Fact]
    public void A_parse_error_exits_2_in_a_real_process()
    {
        var (code, stdout, err) = RunProcess(null, "check", "--format", "nope", "x.txt");
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("nope", err);
    }

    [Fact]
    public void Stdin_is_read_and_json_is_printed_in_a_real_process()
    {
        var (code, stdout, _) = RunProcess("Officials said 12 people were hurt.\n", "check", "-", "--format", "json");
        Assert.True(code is 0 or 1, $"exit {code}");
        var root = Newtonsoft.Json.Linq.JObject.Parse(stdout);
        Assert.Equal("stdin.txt", (string)root["files"]![0]!["path"]!);
    }

    [Fact]
    public void A_large_report_reaches_a_pipe_whole()
    {
        // Redirected output is buffered and flushed at exit: every finding of a long draft must still arrive.
        var draft = string.Concat(Enumerable.Range(0, 400).Select(i => $"The fire destroyed {i + 2} homes and cost $1{i} million.\n\n"));
        var (code, stdout, _) = RunProcess(draft, "check", "-", "--format", "json");
        Assert.Equal(1, code);
        var root = Newtonsoft.Json.Linq.JObject.Parse(stdout);
        var findings = (Newtonsoft.Json.Linq.JArray)root["files"]![0]!["diagnostics"]!;
        Assert.True(findings.Count(d => (string?)d["ruleId"] == "CL0001") >= 400, $"only {findings.Count} findings arrived");
    }
}
