using CopyLint.Core.Analysis;
using CopyLint.Core.Syntax;
using CopyLint.Rules.Evidence;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>Per-document caches shared by the attribution rules (evidence per sentence, quote speakers, classifier).</summary>
internal sealed class DocumentState
{
    private static readonly AnalysisStateKey<DocumentState> Key = new(ctx => new DocumentState(ctx.Document, ctx.Lexicons));

    private DocumentState(ProseDocument doc, Core.Lexicons.LexiconSet lex)
    {
        Finder = new EvidenceFinder(doc, lex);
        Quotes = new QuoteAttribution(Finder);
        Classifier = new FigureClassifier(doc, lex);
        FirstPerson = lex[FigureLexicons.FirstPerson];
        ForecastCues = lex[FigureLexicons.ForecastCues];
        FigureHedges = lex[FigureLexicons.FigureHedges];
        FindingVerbs = lex[FigureLexicons.FindingVerbs];
        AgentCues = lex[FigureLexicons.AgentCues];
        DocumentSources = lex[Lexicons.LexiconNames.DocumentSources];
        IsEnglishDocument = ComputeEnglish(doc);
        Story = new StoryContext(doc, lex);
    }

    /// <summary>Story-level context for CL0001 (sports report, results story).</summary>
    public StoryContext Story { get; }

    public Core.Lexicons.Lexicon FirstPerson { get; }
    public Core.Lexicons.Lexicon ForecastCues { get; }
    public Core.Lexicons.Lexicon FigureHedges { get; }
    public Core.Lexicons.Lexicon FindingVerbs { get; }
    public Core.Lexicons.Lexicon AgentCues { get; }
    public Core.Lexicons.Lexicon DocumentSources { get; }

    /// <summary>Most of the document's long paragraphs read as English (short ones can't tell on their own).</summary>
    public bool IsEnglishDocument { get; }

    private static bool ComputeEnglish(ProseDocument doc)
    {
        int english = 0, other = 0;
        foreach (var p in doc.Paragraphs)
        {
            if (p.Role != ParagraphRole.Body || p.SentenceCount == 0) continue;
            int words = 0;
            var s = doc.Sentences[p.FirstSentence];
            var last = doc.Sentences[p.FirstSentence + p.SentenceCount - 1];
            for (int i = s.FirstToken; i < last.EndToken && words < 12; i++) if (doc.Tokens[i].Kind == SyntaxKind.Word) words++;
            if (words < 12) continue;
            if (doc.IsEnglish(p)) english++; else other++;
        }
        return other <= english;
    }

    public EvidenceFinder Finder { get; }
    public QuoteAttribution Quotes { get; }
    public FigureClassifier Classifier { get; }

    /// <summary>The state of the current analysis run (one per document and configuration).</summary>
    public static DocumentState For(NodeAnalysisContext ctx) => ctx.GetState(Key);
}
