// The floor under any whole-process run of a .NET linter on a folder of drafts, measured with the CLI's own start-up
// and I/O shape: a Native AOT process lists the folder (recursively), and one worker per core reads each file through a
// reused buffer, decodes its UTF-8 into a string and counts its words (runs of non-white space, so the text is touched
// once). No parsing, no rules, no report. bench/cli/run.sh times it next to `copylint check`: what the floor takes is
// the part of a speed budget no engine change can win back.
// Usage: CopyLint.ReadFloor <folder>
using System.Text;

if (args.Length != 1 || !Directory.Exists(args[0]))
{
    Console.Error.WriteLine("usage: CopyLint.ReadFloor <folder>");
    return 2;
}
var files = Directory.GetFiles(args[0], "*", SearchOption.AllDirectories);
long words = 0, bytes = 0;
int next = -1;

void Work()
{
    var buffer = new byte[1 << 16];
    long w = 0, b = 0;
    for (int i; (i = Interlocked.Increment(ref next)) < files.Length;)
    {
        using var handle = File.OpenHandle(files[i]);
        int total = 0, read;
        while ((read = RandomAccess.Read(handle, buffer.AsSpan(total), total)) > 0)
        {
            total += read;
            if (total == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        }
        b += total;
        bool inWord = false;
        foreach (char c in Encoding.UTF8.GetString(buffer, 0, total))
        {
            bool space = char.IsWhiteSpace(c);
            if (!space && !inWord) w++;
            inWord = !space;
        }
    }
    Interlocked.Add(ref words, w);
    Interlocked.Add(ref bytes, b);
}

var workers = new Thread[Environment.ProcessorCount - 1];
for (int t = 0; t < workers.Length; t++) (workers[t] = new Thread(Work)).Start();
Work();
foreach (var t in workers) t.Join();
Console.WriteLine($"{files.Length} files, {bytes} bytes, {words} words");
return 0;
