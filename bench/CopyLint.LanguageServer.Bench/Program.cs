using System.Diagnostics;
using System.IO.Pipelines;
using CopyLint.Core.Text;

namespace CopyLint.LanguageServer.Bench;

/// <summary>
/// Latency: edit-to-diagnostics over the wire with debounce 0 (so the debounce is excluded), 1,000 single-character
/// edits on 1k/10k/50k-word drafts (after 300 warm-up edits, timed apart), server in-process over pipes. Memory: a real copylint-server process, idle and
/// with 100 open drafts (resident set from /proc). Prints numbers; asserts nothing.
/// Usage: dotnet run -c Release --project bench/CopyLint.LanguageServer.Bench [-- edits [sizes, e.g. 10000 or 1000,10000: latency only [warm-up edits, default 300]]]
/// </summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        int edits = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 1000;
        var sizes = args.Length > 1 ? args[1].Split(',').Select(int.Parse).ToArray() : [1_000, 10_000, 50_000];
        int warmUp = args.Length > 2 && int.TryParse(args[2], out var w) ? w : 300;
        foreach (var words in sizes) await LatencyAsync(words, edits, warmUp);
        if (args.Length <= 1) await MemoryAsync();
        return 0;
    }

    private static async Task LatencyAsync(int words, int edits, int warmUp)
    {
        var toServer = new Pipe();
        var toClient = new Pipe();
        var server = new CopyLintServer(toServer.Reader.AsStream(), toClient.Writer.AsStream(), new ServerLog(TextWriter.Null));
        var run = Task.Run(server.RunAsync);
        var client = new BenchClient(toServer.Writer.AsStream(), toClient.Reader.AsStream());
        await client.RequestAsync("initialize", new { capabilities = new { }, initializationOptions = new { copylint = new { debounceMs = 0 } } });
        await client.NotifyAsync("initialized", new { });
        const string uri = "file:///bench/draft.md";
        var text = Drafts.Make(words, words);
        var opened = client.ExpectPublish(uri, 1);
        await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text } });
        int findings = await opened;
        var source = SourceText.From(text);
        var serverSide = new System.Collections.Concurrent.ConcurrentBag<double>();
        server.Context.Scheduler.Published = (_, elapsed) => serverSide.Add(elapsed.TotalMilliseconds);
        var random = new Random(1);
        int version = 1;
        async Task<double> EditAsync(int i)
        {
            version++;
            int line = random.Next(source.LineCount);
            var span = source.GetLineSpan(line);
            int offset = span.Start + random.Next(span.Length + 1);
            bool delete = i % 2 == 1 && span.Length > 0 && offset < span.End;
            var pos = source.GetLinePosition(offset);
            var end = delete ? source.GetLinePosition(offset + 1) : pos;
            var newText = delete ? "" : "x";
            source = source.WithChanges(new TextChange(delete ? new TextSpan(offset, 1) : new TextSpan(offset, 0), newText));
            var published = client.ExpectPublish(uri, version);
            var t0 = Stopwatch.GetTimestamp();
            await client.NotifyAsync("textDocument/didChange", new
            {
                textDocument = new { uri, version },
                contentChanges = new[] { new { range = new { start = new { line = pos.Line, character = pos.Character }, end = new { line = end.Line, character = end.Character } }, text = newText } },
            });
            await published;
            return Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }

        // The first few hundred edits of a session run while the JIT is still recompiling the hot paths (tier 0, then
        // instrumented, then optimised): they are timed and printed apart, then the measured edits follow.
        var cold = new double[warmUp];
        for (int i = 0; i < warmUp; i++) cold[i] = await EditAsync(i);
        Array.Sort(cold);
        if (warmUp > 0)
            Console.WriteLine($"first {warmUp} edits of the session (JIT warming up) {words,6:N0} words: p50 {P(cold, 0.50):F2} ms  p95 {P(cold, 0.95):F2} ms  max {cold[^1]:F2} ms");
        serverSide.Clear();
        var times = new double[edits];
        var gcBefore = (G0: GC.CollectionCount(0), G1: GC.CollectionCount(1), G2: GC.CollectionCount(2), Bytes: GC.GetTotalAllocatedBytes(true));
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        for (int i = 0; i < edits; i++) times[i] = await EditAsync(warmUp + i);
        var gc = (G0: GC.CollectionCount(0) - gcBefore.G0, G1: GC.CollectionCount(1) - gcBefore.G1, G2: GC.CollectionCount(2) - gcBefore.G2,
            Bytes: GC.GetTotalAllocatedBytes(true) - gcBefore.Bytes);
        var cpuPerEdit = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds / edits;
        Array.Sort(times);
        var lint = new double[Math.Min(edits, 50)];
        var driver = new CopyLint.Core.Analysis.AnalyzerDriver(CopyLint.Rules.BuiltInRules.All);
        var options = new CopyLint.Core.Analysis.LintOptions { Kind = CopyLint.Core.Syntax.DocumentKind.Markdown, Lexicons = CopyLint.Rules.Lexicons.ShippedLexicons.All };
        for (int i = 0; i < lint.Length; i++)
        {
            var t0 = Stopwatch.GetTimestamp();
            CopyLint.Core.Linter.Lint(source, options, driver);
            lint[i] = Stopwatch.GetElapsedTime(t0).TotalMilliseconds;
        }
        Array.Sort(lint);
        Console.WriteLine($"engine lint alone  {words,6:N0} words: p50 {P(lint, 0.50):F2} ms  p95 {P(lint, 0.95):F2} ms  over {lint.Length} runs");
        Breakdown(server, uri, lint.Length);
        var inServer = serverSide.ToArray();
        Array.Sort(inServer);
        Console.WriteLine($"in the server (lint, convert, serialise, write) {words,6:N0} words: p50 {P(inServer, 0.50):F2} ms  p95 {P(inServer, 0.95):F2} ms");
        Console.WriteLine($"edit-to-diagnostics {words,6:N0} words ({text.Length:N0} chars, {findings} findings): p50 {P(times, 0.50):F2} ms  p90 {P(times, 0.90):F2} ms  p95 {P(times, 0.95):F2} ms  p99 {P(times, 0.99):F2} ms  max {times[^1]:F2} ms  over {edits} edits");
        Console.WriteLine($"garbage collections over the edits (client and server in one process) {words,6:N0} words: gen0 {gc.G0}  gen1 {gc.G1}  gen2 {gc.G2}; allocated {gc.Bytes / (double)edits / 1024:F0} KB per edit; CPU {cpuPerEdit:F2} ms per edit (all threads; steadier than wall time on a busy machine)");
        await client.RequestAsync("shutdown", null);
        await client.NotifyAsync("exit", new { });
        await run;
        GC.KeepAlive(server);
    }

    /// <summary>Where the server's time goes for the current text: analysis (config + lint), conversion to LSP, JSON.</summary>
    private static void Breakdown(CopyLintServer server, string uri, int runs)
    {
        var ctx = server.Context;
        var doc = ctx.Store.Get(uri)!;
        double analyze = 0, convert = 0, json = 0;
        var writer = new Protocol.PublishDiagnosticsJson(); // as the server publishes: unchanged findings reuse their JSON
        for (int i = 0; i < runs; i++)
        {
            var fresh = doc with { Text = SourceText.From(doc.Text.ToString()) };
            var t0 = Stopwatch.GetTimestamp();
            var result = ctx.Analyzer.Analyze(fresh, CancellationToken.None);
            var t1 = Stopwatch.GetTimestamp();
            var diags = ctx.Converter.Convert(result, ctx.Encoding);
            var t2 = Stopwatch.GetTimestamp();
            var frame = new System.Buffers.ArrayBufferWriter<byte>();
            Rpc.LspMessageHandler.WritePrepared(frame, "textDocument/publishDiagnostics", writer.Write(new Protocol.PublishDiagnosticsParams(uri, 1, diags)));
            var t3 = Stopwatch.GetTimestamp();
            analyze += Stopwatch.GetElapsedTime(t0, t1).TotalMilliseconds;
            convert += Stopwatch.GetElapsedTime(t1, t2).TotalMilliseconds;
            json += Stopwatch.GetElapsedTime(t2, t3).TotalMilliseconds;
        }
        Console.WriteLine($"server path mean: analyze {analyze / runs:F2} ms  convert {convert / runs:F2} ms  json {json / runs:F2} ms");
    }

    private static double P(double[] sorted, double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];

    private static async Task MemoryAsync()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "copylint-server.dll");
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add(dll);
        using var p = Process.Start(psi)!;
        p.ErrorDataReceived += (_, _) => { };
        p.BeginErrorReadLine();
        var client = new BenchClient(p.StandardInput.BaseStream, p.StandardOutput.BaseStream);
        await client.RequestAsync("initialize", new { processId = Environment.ProcessId, capabilities = new { } });
        await client.NotifyAsync("initialized", new { });
        await Task.Delay(1500);
        Console.WriteLine($"memory idle: {Rss(p.Id)} MB resident");
        var waits = new List<Task<int>>();
        for (int i = 0; i < 100; i++)
        {
            var uri = $"file:///bench/draft{i}.md";
            waits.Add(client.ExpectPublish(uri, 1));
            await client.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text = Drafts.Make(1_000, i) } });
        }
        await Task.WhenAll(waits);
        await Task.Delay(1500);
        Console.WriteLine($"memory with 100 open 1k-word drafts: {Rss(p.Id)} MB resident");
        await client.RequestAsync("shutdown", null);
        await client.NotifyAsync("exit", new { });
        await p.WaitForExitAsync();
    }

    private static string Rss(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                return (long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0).ToString("F1");
        return "?";
    }
}
