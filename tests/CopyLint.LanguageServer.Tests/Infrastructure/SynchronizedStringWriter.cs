using System.Text;

namespace CopyLint.LanguageServer.Tests.Infrastructure;

/// <summary>A StringWriter safe to write from several threads (the server logs from any thread).</summary>
internal sealed class SynchronizedStringWriter : StringWriter
{
    public override void Write(char value) { lock (this) base.Write(value); }
    public override void Write(string? value) { lock (this) base.Write(value); }
    public override void WriteLine(string? value) { lock (this) base.WriteLine(value); }
    public override string ToString() { lock (this) return base.ToString(); }
    public override StringBuilder GetStringBuilder() { lock (this) return new StringBuilder(base.ToString()); }
}
