using CopyLint.Core.Lexicons;
using CopyLint.Core.Parsing;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;

namespace CopyLint.Core.Tests.Lexicons;

public class LexiconGateTests
{
    private static ProseDocument Parse(string text) => ProseParser.Parse(SourceText.From(text), DocumentKind.PlainText);

    private static readonly Lexicon Labels = new("gate-labels", ["terrorist", "regime", "so-called", "hardline"]);
    private static readonly Lexicon Phrases = new("gate-phrases", ["according to", "It is believed", "Experts"]);

    [Fact]
    public void The_gate_never_closes_where_one_of_its_lexicons_matches_and_closes_elsewhere()
    {
        var doc = Parse("According to EXPERTS the so-called Regime, a hardline TERRORIST group, is believed to act. It is believed so. "
            + "Café terrorists regimes according it.");
        LexiconGate? cache = null;
        var gate = LexiconGate.For(ref cache, Labels, Phrases);
        int closed = 0;
        for (int i = 0; i < doc.Tokens.Length; i++)
        {
            bool matches = Labels.MatchAt(doc, i, doc.Tokens.Length) > 0 || Phrases.MatchAt(doc, i, doc.Tokens.Length) > 0;
            bool open = gate.MayMatchAt(doc, i);
            if (matches) Assert.True(open, $"token {i} '{doc.TokenString(i)}' matches but the gate is closed");
            if (!open) closed++;
            // the gate is exactly "the word starts some entry"
            bool starts = Labels.Entries.Concat(Phrases.Entries).Any(e => string.Equals(Lexicon.Split(e)[0], doc.TokenString(i), StringComparison.OrdinalIgnoreCase));
            Assert.Equal(starts, open);
        }
        Assert.True(closed > doc.Tokens.Length / 2);
        Assert.False(gate.MayMatchAt(doc, -1));
        Assert.False(gate.MayMatchAt(doc, doc.Tokens.Length));
    }

    [Fact]
    public void A_probe_bound_to_a_document_answers_as_the_gate_does()
    {
        var doc = Parse("According to EXPERTS the so-called Regime, a hardline TERRORIST group, is believed to act. Café régime.");
        LexiconGate? cache = null;
        var gate = LexiconGate.For(ref cache, Labels, Phrases);
        var probe = gate.For(doc);
        int open = 0;
        for (int i = -1; i <= doc.Tokens.Length; i++)
        {
            Assert.Equal(gate.MayMatchAt(doc, i), probe.May(i));
            if (probe.May(i)) open++;
        }
        Assert.InRange(open, 5, doc.Tokens.Length - 5);
        LexiconGate? emptyCache = null;
        var closed = LexiconGate.For(ref emptyCache, Lexicon.Empty).For(doc);
        for (int i = 0; i < doc.Tokens.Length; i++) Assert.False(closed.May(i));
    }

    [Fact]
    public void A_lexicon_probes_as_a_gate_over_itself_alone()
    {
        var doc = Parse("According to EXPERTS the so-called Regime, a hardline TERRORIST group, is believed to act.");
        LexiconGate? cache = null;
        foreach (var lexicon in new[] { Labels, Phrases, Lexicon.Empty })
        {
            var gate = LexiconGate.For(ref cache, lexicon);
            var probe = lexicon.ProbeFor(doc);
            for (int i = -1; i <= doc.Tokens.Length; i++) Assert.Equal(gate.MayMatchAt(doc, i), probe.May(i));
        }
        Assert.True(Phrases.ProbeFor(doc).May(0));  // "According" starts "according to"
        Assert.False(Phrases.ProbeFor(doc).May(1)); // "to" starts nothing
    }

    [Fact]
    public void A_gate_is_reused_for_the_same_lexicons_and_rebuilt_for_others()
    {
        LexiconGate? cache = null;
        var first = LexiconGate.For(ref cache, Labels, Phrases);
        Assert.Same(first, LexiconGate.For(ref cache, Labels, Phrases));
        var other = new Lexicon("gate-other", ["zebra"]);
        var second = LexiconGate.For(ref cache, Labels, other);
        Assert.NotSame(first, second);
        var doc = Parse("A zebra and a regime.");
        Assert.True(second.MayMatchAt(doc, 1));
        Assert.False(first.MayMatchAt(doc, 1));
    }

    [Fact]
    public void A_gate_over_empty_lexicons_is_closed()
    {
        LexiconGate? cache = null;
        var gate = LexiconGate.For(ref cache, Lexicon.Empty);
        var doc = Parse("Nothing here matches.");
        for (int i = 0; i < doc.Tokens.Length; i++) Assert.False(gate.MayMatchAt(doc, i));
    }
}
