using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Rules.Declarative;

/// <summary>
/// A rule's terms as token sequences indexed by their first token, so matching respects word boundaries
/// ("cop" never matches inside "copy") and allocates nothing. Terms are split into tokens by the same parser
/// the documents go through, so "U.S." or "5%" match exactly as the copy tokenizes them.
/// </summary>
internal sealed class TermSet
{
    private readonly Dictionary<string, List<(string[] Parts, int Tag)>> _byFirst;
    private readonly Dictionary<string, List<(string[] Parts, int Tag)>>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly StringComparison _comparison;

    public TermSet(IEnumerable<string> terms, bool caseSensitive, bool inflections)
        : this(terms.Select(t => (t, 0)), caseSensitive, inflections) { }

    /// <summary>Terms with a tag each (a substitution's index), returned by <see cref="MatchAt(ProseDocument, int, int, out int)"/>.</summary>
    public TermSet(IEnumerable<(string Term, int Tag)> terms, bool caseSensitive, bool inflections)
    {
        var comparer = caseSensitive ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;
        _comparison = caseSensitive ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;
        _byFirst = new Dictionary<string, List<(string[], int)>>(comparer);
        foreach (var (term, tag) in terms)
        {
            var parts = Tokenize(term);
            if (parts.Length == 0) continue;
            var forms = inflections ? Inflector.Forms(parts[^1]).Distinct(comparer) : [parts[^1]];
            foreach (var form in forms)
            {
                var phrase = (string[])parts.Clone();
                phrase[^1] = form;
                if (!_byFirst.TryGetValue(phrase[0], out var list)) _byFirst[phrase[0]] = list = [];
                list.Add((phrase, tag));
            }
        }
        foreach (var list in _byFirst.Values) list.Sort((a, b) => b.Parts.Length.CompareTo(a.Parts.Length));
        _lookup = _byFirst.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool IsEmpty => _byFirst.Count == 0;

    /// <summary>Length in tokens of the longest term at <paramref name="token"/> that ends before <paramref name="end"/>; 0 if none.</summary>
    public int MatchAt(ProseDocument doc, int token, int end) => MatchAt(doc, token, end, out _);

    public int MatchAt(ProseDocument doc, int token, int end, out int tag)
    {
        tag = 0;
        if (!_lookup.TryGetValue(doc.TokenText(token), out var list)) return 0;
        foreach (var (phrase, t) in list)
        {
            if (token + phrase.Length > end) continue;
            bool ok = true;
            for (int k = 1; k < phrase.Length && ok; k++)
                ok = doc.TokenText(token + k).Equals(phrase[k], _comparison);
            if (ok) { tag = t; return phrase.Length; }
        }
        return 0;
    }

    /// <summary>The term's tokens: split on spaces when it is plain words, otherwise by the prose tokenizer.</summary>
    internal static string[] Tokenize(string term)
    {
        term = term.Trim();
        if (term.Length == 0) return [];
        if (term.All(c => char.IsLetterOrDigit(c) || c == ' '))
            return term.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var doc = ProseParser.Parse(SourceText.From(term), DocumentKind.PlainText);
        var parts = new string[doc.Tokens.Length];
        for (int i = 0; i < parts.Length; i++) parts[i] = doc.TokenString(i);
        return parts;
    }
}
