using System.Text;
using CopyLint.Core.Text;

namespace CopyLint.Workspace.Fixing;

/// <summary>
/// Reads and writes article files for fixing: UTF-8, with the byte order mark kept when the file had one.
/// A file whose bytes do not survive decoding and re-encoding (not UTF-8) is reported as not rewritable,
/// so a fix never loses text. Line endings are untouched because edits only replace their own spans.
/// </summary>
public static class ArticleFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public static SourceText Read(string path, out bool rewritable)
    {
        var bytes = File.ReadAllBytes(path);
        var text = SourceText.From(bytes);
        rewritable = Encode(text).AsSpan().SequenceEqual(bytes);
        return text;
    }

    public static byte[] Encode(SourceText text)
    {
        var body = Utf8.GetBytes(text.ToString());
        if (!text.HadByteOrderMark) return body;
        var withBom = new byte[body.Length + 3];
        withBom[0] = 0xEF; withBom[1] = 0xBB; withBom[2] = 0xBF;
        body.CopyTo(withBom, 3);
        return withBom;
    }

    /// <summary>Write atomically (temporary sibling + rename), keeping the BOM if the text had one.</summary>
    public static void Write(string path, SourceText text) => AtomicFile.WriteAllBytes(path, Encode(text));
}
