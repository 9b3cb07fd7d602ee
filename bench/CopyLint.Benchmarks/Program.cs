using BenchmarkDotNet.Running;

namespace CopyLint.Bench;

/// <summary>dotnet run -c Release --project bench/CopyLint.Benchmarks -- --filter '*'</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
