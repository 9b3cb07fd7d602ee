using CopyLint.Core.Text;

namespace CopyLint.Core.Syntax;

/// <summary>YAML (---) or TOML (+++) front matter: top-level keys with their scalar values.</summary>
public sealed class FrontMatterNode
{
    internal FrontMatterNode(TextSpan span, IReadOnlyDictionary<string, FrontMatterEntry> entries)
    {
        Span = span; Entries = entries;
    }

    public TextSpan Span { get; }
    public IReadOnlyDictionary<string, FrontMatterEntry> Entries { get; }
}

public sealed record FrontMatterEntry(string Key, string Value, TextSpan KeySpan, TextSpan ValueSpan);
