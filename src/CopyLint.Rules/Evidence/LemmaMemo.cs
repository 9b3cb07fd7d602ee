using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;

namespace CopyLint.Rules.Evidence;

/// <summary>
/// <see cref="Lexicon.ContainsLemmaOf"/> for the tokens of one document, each answered once: scans of a sentence, of a
/// figure's window and of a quotation ask the same tokens again, and each answer costs several lemma lookups. A mutable
/// struct kept in a (non-readonly) field of a per-document object.
/// </summary>
internal struct LemmaMemo(Lexicon lexicon)
{
    private byte[]? _answers; // per token: 0 not asked yet, 1 no, 2 the word or one of its lemmas is an entry

    public bool Has(ProseDocument doc, int token)
    {
        var answers = _answers ??= new byte[doc.Tokens.Length];
        if (answers[token] == 0) answers[token] = lexicon.ContainsLemmaOf(doc, token) ? (byte)2 : (byte)1;
        return answers[token] == 2;
    }
}
