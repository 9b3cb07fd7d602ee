using System.Text;
using CopyLint.Core.Text;
using CopyLint.Workspace.Sessions;
using CopyLint.Workspace.Tests.Infrastructure;

namespace CopyLint.Workspace.Tests.Sessions;

/// <summary>Reading a draft through a pooled buffer gives exactly what decoding the whole file gives.</summary>
public sealed class ReadSourceTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4095)]
    [InlineData(4096)]
    [InlineData(1 << 20)]        // the pool's largest bucket
    [InlineData(3 * (1 << 20) + 7)] // beyond it
    public void Files_of_any_size_read_as_ReadAllBytes_reads_them(int size)
    {
        using var tmp = new TempFolder();
        var path = Path.Combine(tmp.Path, "a.txt");
        var bytes = new byte[size];
        var rng = new Random(size);
        for (int i = 0; i < size; i++) bytes[i] = (byte)"abc def\n\u00e9"[rng.Next(9)];
        File.WriteAllBytes(path, bytes);
        Assert.Equal(SourceText.From(File.ReadAllBytes(path)).ToString(), LintSession.ReadSource(path).ToString());
    }

    [Fact]
    public void A_byte_order_mark_and_invalid_utf8_are_handled_as_before()
    {
        using var tmp = new TempFolder();
        var path = Path.Combine(tmp.Path, "b.txt");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Caf\u00e9 "), 0xC3, 0x28, 0xFF, (byte)'!']);
        var expected = SourceText.From(File.ReadAllBytes(path));
        var got = LintSession.ReadSource(path);
        Assert.True(got.HadByteOrderMark);
        Assert.Equal(expected.ToString(), got.ToString());
        Assert.Contains('\uFFFD', got.ToString());
    }

    [Fact]
    public void A_missing_file_is_an_io_error_and_its_result_says_so()
    {
        using var tmp = new TempFolder();
        var path = Path.Combine(tmp.Path, "missing.txt");
        Assert.ThrowsAny<IOException>(() => LintSession.ReadSource(path));
        var result = new LintSession().LintFile(path);
        Assert.Null(result.Result);
        Assert.Contains("cannot read file", result.Error);
    }
}
