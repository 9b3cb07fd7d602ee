using CopyLint.Core.Lexicons;
using CopyLint.Core.Analysis;
using CopyLint.Core.Diagnostics;
using CopyLint.Core.Fixes;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using CopyLint.Rules.Evidence;
using CopyLint.Rules.Lexicons;

namespace CopyLint.Rules.BuiltIn.Attribution;

/// <summary>
/// CL0001: a figure that is a claim (casualties, people, money, percentages, statistics, estimates) has no source
/// or hedge in reach: no attribution cue with a source in its sentence, no hedge or disclaimer, not inside an
/// attributed quotation, and no attribution carried over from the previous sentence or an introducing colon.
/// </summary>
public sealed class CL0001UnattributedFigure : Analyzer
{
    public const string Id = "CL0001";

    /// <summary>
    /// The option value naming each class a figure can be reported as (the message's wording is <see cref="Describe"/>).
    /// Declared before <see cref="Rule"/>, which lists them: static fields are initialised in the order they are written.
    /// </summary>
    internal static readonly (string Name, FigureClass Class)[] FigureClassNames =
    [
        ("casualty", FigureClass.Casualty), ("people", FigureClass.People), ("money", FigureClass.Money),
        ("percentage", FigureClass.Percent), ("statistic", FigureClass.Statistic),
    ];

    public static readonly DiagnosticDescriptor Rule = new(
        Id, "Unattributed figure",
        "Figure '{0}' ({1}) has no source in reach: no attribution, hedge or attributed quote in this sentence. Add a source (', police said' / 'according to …') or a hedge if it is unverified",
        "Attribution", DiagnosticSeverity.Warning,
        description: "A number that is a claim needs a source in the same sentence, or a hedge if it cannot be verified.")
    {
        Options =
        [
            new(CasualtyIsErrorOption, RuleOptionKind.Boolean),
            new(FigureClassesOption, RuleOptionKind.StringList, [.. FigureClassNames.Select(c => c.Name)]),
        ],
    };

    /// <summary>Option names (see <see cref="DiagnosticDescriptor.Options"/>).</summary>
    public const string CasualtyIsErrorOption = "casualtyIsError", FigureClassesOption = "figureClasses";

    public override IReadOnlyList<DiagnosticDescriptor> SupportedDiagnostics { get; } = [Rule];

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(AnalyzeSentence, SyntaxKind.Sentence);

    private static void AnalyzeSentence(NodeAnalysisContext ctx)
    {
        var doc = ctx.Document;
        var sentence = ctx.Sentence!;
        var para = doc.Paragraphs[sentence.Paragraph];
        if (para.Role != ParagraphRole.Body || !doc.IsEnglish(para)) return; // the cue lists are English
        var state = DocumentState.For(ctx);
        if (!state.IsEnglishDocument) return; // a short caption in a Portuguese page reads as English on its own
        if (IsHeadingLike(doc, para)) return; // sub-heads and listing lines ("Sonos Move for $400") state no claim in a sentence
        var (first, end) = doc.NumberRangeOfSentence(sentence.Index);
        if (first == end) return;

        var options = ctx.OptionsFor(Id);
        int reported = ReportedClasses(options);
        for (int k = first; k < end; k++)
        {
            var n = doc.Numbers[k];
            var cls = state.Classifier.Classify(n, sentence);
            if (cls == FigureClass.None || (reported & (1 << (int)cls)) == 0) continue;
            if (HasEvidence(state, n, sentence, cls, out var near)) continue;
            // story context last: it reads the whole document once, so only for figures that would otherwise be reported
            if (cls != FigureClass.Casualty && state.Story.IsSportsStory) continue; // scores, times, fees and prizes of a sports report
            if (state.Story.IsLaterResultsFigure(n, sentence)) continue; // the results lede carries the finding for the company's figures
            if (state.Story.IsResultsProfile(n, sentence)) continue; // "Travelers had sales of $5.2bn in 2004": a company profile in background
            if (state.Story.IsHistoricalSentence(sentence)) continue; // "during the fourteenth century, causing …": background history
            ctx.Report(Build(ctx, state, n, sentence, cls, near, options));
        }
    }

    /// <summary>
    /// A short block with no sentence punctuation at its end: a sub-head, caption label or shopping line, or the headline of a linked story
    /// ("'Meth. We're On It.': South Dakota spends $449K on new anti-meth ad campaign"), whose inner full stops split it into sentences.
    /// </summary>
    private static bool IsHeadingLike(ProseDocument doc, ParagraphNode para)
    {
        if (para.SentenceCount == 0) return false;
        char last = doc.Prose[para.Span.End - 1];
        if (last is '.' or '!' or '?' or '\u201D' or '"' or ')' or ':' or ';' or ',' or '\u2019' or '\'') return false;
        var s = doc.Sentences[para.FirstSentence];
        int end = doc.Sentences[para.FirstSentence + para.SentenceCount - 1].EndToken;
        int words = 0;
        for (int i = s.FirstToken; i < end; i++) if (doc.Tokens[i].Kind != SyntaxKind.Punctuation) words++;
        return words <= 15;
    }

    internal static bool HasEvidence(DocumentState state, NumberNode n, SentenceNode sentence, FigureClass cls, out SentenceEvidence nearest)
    {
        var f = state.Finder;
        var doc = f.Document;
        nearest = default;
        // E3: inside a quotation — attributed quotes cover their figures; unattributed ones are CL0006's business
        if (n.IsInQuote)
        {
            var q = doc.QuoteAt(n.Span.Start);
            if (q is not null) return true;
        }
        if (f.Attribution(sentence).Kind != EvidenceKind.None) return true;
        if (f.Hedge(sentence).Kind != EvidenceKind.None) return true;
        if (f.Disclaimer(sentence).Kind != EvidenceKind.None) return true;
        if (f.Intent(sentence).Kind != EvidenceKind.None) return true;
        if (f.FindLexicon(state.FigureHedges, sentence.FirstToken, sentence.EndToken, EvidenceKind.Hedge, skipQuoted: true).Kind != EvidenceKind.None) return true; // "is understood to", "rumoured"
        if (f.FigureAttribution(sentence, state.FirstPerson, state.ForecastCues).Kind != EvidenceKind.None) return true;
        if (CitesReference(state, sentence)) return true;
        if (NamesItsFinder(state, n, sentence)) return true;
        // E4: carried over from the previous sentence of the paragraph or an introducing colon
        var prev = f.PreviousInParagraph(sentence);
        if (prev is not null)
        {
            var pe = f.Attribution(prev);
            if (pe.Kind != EvidenceKind.None)
            {
                if (CarryOver.Continues(doc, prev, sentence, pe)) return true;
                nearest = pe;
            }
            else if (doc.Prose[prev.Span.End - 1] == ':') return true;
            else if (NamesItsFinder(state, null, prev) && CarryOver.Continues(doc, prev, sentence, default)) return true; // "… recorded by the MDA. It represents an increase of 20% …"
        }
        // a casualty figure is never a report's data run on: a toll needs its own source (AP, spec CL0001 severity)
        if (cls != FigureClass.Casualty && ContinuesReport(state, sentence)) return true;
        if (prev is null && sentence.Paragraph > 0)
        {
            var pp = doc.Paragraphs[sentence.Paragraph - 1];
            if (pp.SentenceCount > 0 && doc.Prose[pp.Span.End - 1] == ':') return true;
        }
        return false;
    }

    /// <summary>
    /// "The Bank revealed that 48,000 fewer mortgages …", "Workshare surveyed firms … and found that, on average, 31% …": a finding verb
    /// (finding-verbs) before the figure in a sentence that opens with a capitalised name; "Sixteen priorities identified by MOTIE …": an agent
    /// cue (agent-cues) right before a capitalised name. Either names who produced the figure.
    /// </summary>
    private static bool NamesItsFinder(DocumentState state, NumberNode? n, SentenceNode sentence)
    {
        var doc = state.Finder.Document;
        for (int i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var tok = doc.Tokens[i];
            if (tok.Kind != SyntaxKind.Word || tok.Is(TokenFlags.InQuote)) continue;
            if (AgentAt(state, i, sentence)) return true;
            int before = n?.FirstToken ?? sentence.EndToken; // the figure itself, or anywhere in a previous sentence
            if (i < before && state.FindingVerbs.MatchAt(doc, i, before) > 0 && OpensWithName(doc, sentence)) return true;
        }
        return false;
    }

    /// <summary>An agent cue at <paramref name="i"/> followed by a name, or "the" and a name ("recorded by the Mobile Data Association").</summary>
    private static bool AgentAt(DocumentState state, int i, SentenceNode sentence)
    {
        var doc = state.Finder.Document;
        int len = state.AgentCues.MatchAt(doc, i, sentence.EndToken);
        if (len == 0) return false;
        int k = i + len;
        if (k < sentence.EndToken && doc.TokenIs(k, "the")) k++;
        return k < sentence.EndToken && doc.Tokens[k].Kind == SyntaxKind.Word && doc.Tokens[k].Is(TokenFlags.Capitalized);
    }

    /// <summary>The sentence's subject is a name: "Workshare …", "The Bank …", "The Office for National Statistics …".</summary>
    private static bool OpensWithName(ProseDocument doc, SentenceNode sentence)
    {
        int k = sentence.FirstToken;
        if (k < sentence.EndToken && doc.TokenIs(k, "The")) k++;
        if (k >= sentence.EndToken || doc.Tokens[k].Kind != SyntaxKind.Word || !doc.Tokens[k].Is(TokenFlags.Capitalized)) return false;
        var w = doc.TokenText(k);
        return k > sentence.FirstToken || !OpeningWords.ContainsWord(w);
    }

    // Capitalised only because they open the sentence: never a name.
    private static readonly HashSet<string> OpeningWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we", "i", "you", "there", "in", "on", "at", "by", "for",
        "of", "as", "but", "and", "or", "so", "yet", "if", "when", "while", "after", "before", "since", "although", "though", "however", "meanwhile",
        "last", "next", "some", "many", "most", "all", "one", "two", "three", "more", "less", "only", "just", "about", "nearly", "almost",
        "over", "under", "around", "roughly", "analysts", "experts", "researchers", "officials", "critics", "sources", "people", "police",
    };

    /// <summary>
    /// "The survey found that … More than 80% offered free samples online": an earlier sentence of the same paragraph attributes a document
    /// (document-sources: a survey, report, figures, study) to its source; the paragraph goes on with that document's data.
    /// </summary>
    private static bool ContinuesReport(DocumentState state, SentenceNode sentence)
    {
        var f = state.Finder;
        var doc = f.Document;
        var para = doc.Paragraphs[sentence.Paragraph];
        int floor = para.FirstSentence;
        bool crossed = false;
        // "… official figures show. ¶ The number of people out of work rose 32,000 …": a lede's statistics release carries into the paragraph after it
        if (sentence.Paragraph > 0 && IsEarlyParagraph(doc, sentence.Paragraph))
        {
            var lede = doc.Paragraphs[sentence.Paragraph - 1];
            if (lede.Role == ParagraphRole.Body && lede.SentenceCount is > 0 and <= LedeSentences) floor = lede.FirstSentence;
        }
        for (int k = sentence.Index - 1; k >= Math.Max(floor, sentence.Index - ReportReach); k--)
        {
            var earlier = doc.Sentences[k];
            crossed |= earlier.Paragraph != sentence.Paragraph;
            var ev = f.Attribution(earlier);
            if (ev.Kind == EvidenceKind.None) continue;
            // the nearest attribution decides: a speaker in between ("he told the court") starts another thread
            // the document is the cue's own source: "The survey found", "new figures show", "according to the report"
            int cueFirst = -1, cueLast = -1;
            for (int i = earlier.FirstToken; i < earlier.EndToken; i++)
            {
                var span = doc.Tokens[i].Span;
                if (span.End <= ev.Span.Start) continue;
                if (span.Start >= ev.Span.End) break;
                if (cueFirst < 0) cueFirst = i;
                cueLast = i;
            }
            if (cueFirst < 0) continue;
            int from = Math.Max(earlier.FirstToken, cueFirst - ReportWindow), to = Math.Min(earlier.EndToken, cueLast + 1 + ReportWindow);
            for (int i = from; i < to; i++)
                if (doc.Tokens[i].Kind == SyntaxKind.Word && !doc.Tokens[i].Is(TokenFlags.InQuote) && state.DocumentSources.Contains(doc, i)
                    && (!crossed || IsSpecificDocument(doc, i, earlier))) return true;
            return false;
        }
        return false;
    }

    /// <summary>Tokens either side of an attribution cue searched for the document it cites ("The annual survey by the group found").</summary>
    private const int ReportWindow = 3;

    /// <summary>A lede paragraph has at most this many sentences; its report carries into the next paragraph.</summary>
    private const int LedeSentences = 2;

    /// <summary>The lede and the paragraph after it are among this many first body paragraphs (a headline line may come first).</summary>
    private const int EarlyParagraphs = 3;

    // Poll documents: their figures are restated one by one (AP), so a poll named in the lede does not carry into the next paragraph.
    private static readonly HashSet<string> PollWords = new(StringComparer.OrdinalIgnoreCase) { "poll", "polls", "polling", "survey", "surveys" };

    /// <summary>
    /// A statistics release named as one ("official figures show", "according to lending figures from the Bank of England", "says a report from
    /// analysts Gartner"), not a poll and not a bare, unnamed plural ("Reports indicate …", "Some figures suggest …").
    /// </summary>
    private static bool IsSpecificDocument(ProseDocument doc, int i, SentenceNode s)
    {
        if (PollWords.ContainsWord(doc.TokenText(i))) return false;
        if (i == s.FirstToken) return false;
        return !UnnamedDocumentWords.ContainsWord(doc.TokenText(i - 1));
    }

    // "some figures", "media reports", "unconfirmed reports": documents nobody names
    private static readonly HashSet<string> UnnamedDocumentWords = new(StringComparer.OrdinalIgnoreCase) { "some", "many", "several", "media", "press", "news", "unconfirmed" };

    private static bool IsEarlyParagraph(ProseDocument doc, int paragraph)
    {
        int bodies = 0;
        for (int p = 0; p <= paragraph; p++)
            if (doc.Paragraphs[p].Role == ParagraphRole.Body && doc.Paragraphs[p].SentenceCount > 0 && ++bodies > EarlyParagraphs) return false;
        return true;
    }

    /// <summary>Sentences back in the paragraph that a report's data may run on from it.</summary>
    private const int ReportReach = 3;

    /// <summary>"… in another study in 48 people (23)." — a numbered reference at the sentence end is its source.</summary>
    private static bool CitesReference(DocumentState state, SentenceNode sentence)
    {
        var doc = state.Finder.Document;
        var (first, end) = doc.NumberRangeOfSentence(sentence.Index);
        for (int k = first; k < end; k++)
            if (state.Classifier.IsReferenceMarker(doc.Numbers[k], sentence)) return true;
        return false;
    }

    private static Diagnostic Build(NodeAnalysisContext ctx, DocumentState state, NumberNode n, SentenceNode sentence, FigureClass cls, SentenceEvidence near, RuleOptions options)
    {
        var doc = ctx.Document;
        var figure = doc.Text.ToString(n.Span);
        var severity = Rule.DefaultSeverity;
        if (cls == FigureClass.Casualty && options.GetBool(CasualtyIsErrorOption, true)
            && (state.Classifier.IsCasualtyContext(sentence, ctx.Lexicons[LexiconNames.ConflictContext]) || state.Classifier.IsCasualtyContext(sentence, ctx.Lexicons[LexiconNames.DisasterContext])))
            severity = DiagnosticSeverity.Error;
        var related = new List<RelatedInformation>();
        if (near.Kind != EvidenceKind.None)
            related.Add(new RelatedInformation(near.Span, $"Nearest attribution ('{near.Cue}') is in the previous sentence; AP asks to restate it in this one."));
        var message = Rule.FormatMessage(figure, Describe(cls));
        var fixes = new List<CodeFix>();
        var attribution = AddAttributionFix(doc, sentence);
        if (attribution is not null) fixes.Add(attribution);
        return new Diagnostic(Rule, n.Span, severity, message, related, fixes);
    }

    // The classes the options ask for, as bits by FigureClass; remembered for the last options object seen (one per
    // configuration), so a sentence does not read the list again.
    private sealed record ClassMask(RuleOptions Options, int Mask);
    private static ClassMask? _lastMask;

    private static int ReportedClasses(RuleOptions options)
    {
        var last = Volatile.Read(ref _lastMask);
        if (last is not null && ReferenceEquals(last.Options, options)) return last.Mask;
        var names = options.GetList(FigureClassesOption);
        int mask = 0;
        foreach (var (name, cls) in FigureClassNames)
            if (names.Count == 0 || names.Contains(name, StringComparer.OrdinalIgnoreCase)) mask |= 1 << (int)cls;
        Volatile.Write(ref _lastMask, new ClassMask(options, mask));
        return mask;
    }

    internal static string Describe(FigureClass cls) => cls switch
    {
        FigureClass.Casualty => "casualty figure",
        FigureClass.People => "count of people",
        FigureClass.Money => "money",
        FigureClass.Percent => "percentage",
        FigureClass.Statistic => "statistic",
        _ => "quantity",
    };

    /// <summary>"Add attribution": insert ", according to &lt;source&gt;" before the sentence's final punctuation.</summary>
    internal static CodeFix? AddAttributionFix(ProseDocument doc, SentenceNode sentence)
    {
        int lastTok = sentence.EndToken - 1;
        while (lastTok > sentence.FirstToken && doc.Tokens[lastTok].Kind == SyntaxKind.Punctuation && doc.TokenText(lastTok) is "\u201D" or "\"" or ")" or "\u2019") lastTok--;
        var tok = doc.Tokens[lastTok];
        int at = tok.Kind == SyntaxKind.Punctuation && doc.TokenText(lastTok) is "." or "!" or "?" ? tok.Span.Start : tok.Span.End;
        if (lastTok > sentence.FirstToken && doc.Tokens[lastTok].Is(TokenFlags.InQuote)) return null;
        return CodeFix.Insert("Add attribution (', according to <source>')", at, ", according to <source>", isSafe: false, key: "CL0001.addAttribution");
    }
}
