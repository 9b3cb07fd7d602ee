using CopyLint.Core.Lexicons;
using CopyLint.Core.Syntax;
using CopyLint.Core.Text;
using Humanizer;

namespace CopyLint.Core.Parsing;

/// <summary>
/// The number grammar: [approximator] [currency] value [range] [scale] [unit], where value is digits
/// (separators, decimals), number words (read with Humanizer's words-to-number), vague quantities
/// ("dozens", "tens of thousands") or fractions ("a third of", "two-thirds", "8 in 10").
/// </summary>
internal static class NumberRecognizer
{
    public static void Recognize(ProseDocument doc, SentenceNode sentence, List<NumberNode> output)
    {
        var t = doc.Tokens;
        var prose = doc.Prose.AsSpan();
        var shapes = NumberWords.StartWordShapes;
        int end = sentence.EndToken;
        for (int i = sentence.FirstToken; i < end; i++)
        {
            var tok = t[i];
            if (tok.Kind == SyntaxKind.Punctuation) continue; // no number starts with punctuation (a currency sign is read from the value)
            NumberForm form;
            double? value;
            int valueEnd; // exclusive
            if (tok.Kind == SyntaxKind.NumberToken)
            {
                (form, value) = ReadDigits(doc.TokenText(i));
                valueEnd = i + 1;
            }
            else if (tok.Kind == SyntaxKind.Word && !tok.Is(TokenFlags.HasDigit))
            {
                // Almost every word fails the shape filter; only candidates pay for the case-folding lookups.
                if (!tok.Is(TokenFlags.Hyphenated) && !shapes.MayContain(prose.Slice(tok.Span.Start, tok.Span.Length))) continue;
                if (!TryWords(doc, i, end, out form, out value, out valueEnd)) continue;
            }
            else if (tok.Kind == SyntaxKind.Word && IsWonPrefix(doc.TokenText(i)))
            {
                form = NumberForm.Digits | NumberForm.Money;
                (_, value) = ReadDigits(doc.TokenText(i)[1..]); // W180: the won sign written as a letter
                valueEnd = i + 1;
            }
            else continue;

            int first = i;
            bool currencyBefore = HasCurrencyBefore(doc, i, sentence.FirstToken);
            // range: N-N already inside the token; "N to M", "N or M", "N – M", "N and M"; a range of amounts repeats the
            // sign after "between" ("between £15 and £20"; "raised $64.8m to $45.1m" compares two figures)
            int second = valueEnd + 1;
            bool signedSecond = currencyBefore && second + 1 < end && doc.TokenIs(valueEnd, "and") && HasCurrencyBefore(doc, second + 1, sentence.FirstToken)
                && i - 2 >= sentence.FirstToken && doc.TokenIs(i - 2, "between");
            if (signedSecond) second++;
            if (second < end && IsRangeJoiner(doc, valueEnd, currencyBefore, signedSecond) && (t[second].Kind == SyntaxKind.NumberToken || (!signedSecond && NumberWords.IsNumberWord(doc.TokenText(second), out _))))
            {
                form |= NumberForm.Range;
                valueEnd = second + 1;
            }
            // scale words: "1.2 trillion", "5 million", "US$500 mln", "$4bn" (glued scale handled in ReadDigits)
            while (valueEnd < end && t[valueEnd].Kind == SyntaxKind.Word && IsScale(doc, valueEnd, currencyBefore))
            {
                // A separate scale word multiplies like a glued one ("1.2 trillion" as "$4bn"), unless the words were already read with it.
                if (value is { } v && (form & NumberForm.Words) == 0 && NumberWords.ScaleLookup.TryGetValue(doc.TokenText(valueEnd), out var scale))
                    value = v * scale;
                form |= NumberForm.Scaled;
                valueEnd++;
            }
            int lastValue = valueEnd - 1;
            int exprEnd = valueEnd;
            // currency before: $ € £ ₩ (with "US", "HK", "A" glued before the symbol)
            if (currencyBefore)
            {
                form |= NumberForm.Money;
                first = i - 1;
                if (first - 1 >= sentence.FirstToken && t[first - 1].Kind == SyntaxKind.Word && t[first - 1].Span.End == t[first].Span.Start && t[first - 1].Is(TokenFlags.AllCaps))
                    first--;
            }
            // unit after
            if (exprEnd < end)
            {
                var next = doc.TokenText(exprEnd);
                if (next is "%" || NumberWords.PercentWords.ContainsWord(next))
                {
                    form |= NumberForm.Percent;
                    exprEnd++;
                    if (next.Equals("percentage", StringComparison.OrdinalIgnoreCase) && exprEnd < end && doc.TokenText(exprEnd).StartsWith("point", StringComparison.OrdinalIgnoreCase)) exprEnd++;
                }
                else if (next.Equals("per", StringComparison.OrdinalIgnoreCase) && exprEnd + 1 < end && doc.TokenIs(exprEnd + 1, "cent"))
                {
                    form |= NumberForm.Percent;
                    exprEnd += 2;
                }
                else if (NumberWords.CurrencyWords.ContainsWord(next) && !(next.Equals("real", StringComparison.OrdinalIgnoreCase))
                         && !(next.Equals("won", StringComparison.OrdinalIgnoreCase) && (form & (NumberForm.Alphanumeric | NumberForm.Pair)) != 0) && !(next.Equals("marks", StringComparison.OrdinalIgnoreCase) && (form & NumberForm.Digits) == 0))
                {
                    form |= NumberForm.Money;
                    exprEnd++;
                }
                else if (next.Equals("basis", StringComparison.OrdinalIgnoreCase) && exprEnd + 1 < end && doc.TokenText(exprEnd + 1).StartsWith("point", StringComparison.OrdinalIgnoreCase))
                {
                    form |= NumberForm.Percent;
                    exprEnd += 2;
                }
            }
            // approximator before
            int approx = ApproximatorStart(doc, first, sentence.FirstToken);
            if (approx < first) { form |= NumberForm.Approximate; first = approx; }

            var span = TextSpan.FromBounds(t[first].Span.Start, t[exprEnd - 1].Span.End);
            var node = new NumberNode(output.Count, sentence.Index, span, TextSpan.FromBounds(t[i].Span.Start, t[lastValue].Span.End), first, exprEnd)
            {
                Form = form,
                Value = value,
                ValueToken = i,
                LastValueToken = lastValue,
                NextToken = exprEnd < end ? exprEnd : -1,
                IsInQuote = tok.Is(TokenFlags.InQuote),
            };
            output.Add(node);
            i = exprEnd - 1;
        }
    }

    private static bool IsWonPrefix(ReadOnlySpan<char> w) => w.Length >= 2 && w[0] == 'W' && char.IsAsciiDigit(w[1]) && IsDigitsOnly(w[1..]);

    private static bool IsDigitsOnly(ReadOnlySpan<char> w)
    {
        foreach (var c in w) if (!char.IsAsciiDigit(c) && c is not (',' or '.')) return false;
        return true;
    }

    /// <summary>
    /// "to", "or", "and" and dashes join a range ("June 24 and 25", "aged 27 and 29"), except "and" after an amount with
    /// a currency sign: a range of amounts repeats the sign ("between $15 and $20"), so in "lost about $180bn and 20,000
    /// workers lost their jobs" the two numbers are two figures.
    /// </summary>
    private static bool IsRangeJoiner(ProseDocument doc, int i, bool currencyBefore, bool signedSecond)
    {
        var w = doc.TokenText(i);
        if (w is "to" or "or" or "-" or "\u2013") return true;
        return w is "and" && (signedSecond || !currencyBefore);
    }

    private static bool HasCurrencyBefore(ProseDocument doc, int i, int sentenceStart)
    {
        if (i - 1 < sentenceStart) return false;
        var prev = doc.Tokens[i - 1];
        return prev.Kind == SyntaxKind.Punctuation && prev.Span.End == doc.Tokens[i].Span.Start && CharClass.IsCurrency(doc.Prose[prev.Span.Start]);
    }

    private static bool IsScale(ProseDocument doc, int i, bool currencyBefore)
    {
        var w = doc.TokenText(i);
        var lookup = NumberWords.ScaleLookup;
        if (!lookup.ContainsKey(w)) return false;
        if (w.Length <= 2 && !currencyBefore && !(w.Equals("bn", StringComparison.OrdinalIgnoreCase) || w.Equals("mn", StringComparison.OrdinalIgnoreCase))) return false;
        return true;
    }

    private static int ApproximatorStart(ProseDocument doc, int first, int sentenceStart)
    {
        int k = first - 1;
        if (k < sentenceStart || doc.Tokens[k].Kind != SyntaxKind.Word) return first;
        var w = doc.TokenText(k);
        if (k - 1 >= sentenceStart)
        {
            var w0 = doc.TokenText(k - 1);
            foreach (var (a, b) in NumberWords.ApproximatorPairs)
                if (w0.Equals(a, StringComparison.OrdinalIgnoreCase) && w.Equals(b, StringComparison.OrdinalIgnoreCase))
                {
                    // "as many as", "in excess of", "upwards of" carry a trailing word
                    return k - 1;
                }
            if ((w.Equals("as", StringComparison.OrdinalIgnoreCase) || w.Equals("of", StringComparison.OrdinalIgnoreCase)) && k - 2 >= sentenceStart)
            {
                var w1 = doc.TokenText(k - 2);
                if ((w1.Equals("as", StringComparison.OrdinalIgnoreCase) && (w0.Equals("many", StringComparison.OrdinalIgnoreCase) || w0.Equals("much", StringComparison.OrdinalIgnoreCase) || w0.Equals("few", StringComparison.OrdinalIgnoreCase)))
                    || (w1.Equals("in", StringComparison.OrdinalIgnoreCase) && w0.Equals("excess", StringComparison.OrdinalIgnoreCase)))
                    return k - 2;
                if (w0.Equals("upwards", StringComparison.OrdinalIgnoreCase) || w0.Equals("upward", StringComparison.OrdinalIgnoreCase)) return k - 1;
            }
        }
        var lookup = NumberWords.ApproximatorLookup;
        return lookup.Contains(w) ? k : first;
    }

    /// <summary>Classify a digit token: 50,000  1.2  4-5  1950-53  414th  1990s  400m  45-year-old  9/11  14:30  $4bn.</summary>
    internal static (NumberForm Form, double? Value) ReadDigits(ReadOnlySpan<char> w)
    {
        var form = NumberForm.Digits;
        int k = 0;
        bool grouped = false, dec = false;
        while (k < w.Length && (char.IsAsciiDigit(w[k]) || ((w[k] == ',' || w[k] == '.') && k + 1 < w.Length && char.IsAsciiDigit(w[k + 1]))))
        {
            if (w[k] == ',') grouped = true;
            if (w[k] == '.') dec = true;
            k++;
        }
        var digits = w[..k];
        double? value = ParseGrouped(digits);
        if (grouped) form |= NumberForm.Grouped;
        if (dec) form |= NumberForm.Decimal;
        if (k == w.Length) return (form, value);
        var rest = w[k..];
        if (rest[0] is '-' or '\u2013' or '\u2010' or '\u2011')
        {
            var after = rest[1..];
            if (after.Length > 0 && char.IsAsciiDigit(after[0]) && IsDigitsOnly(after))
            {
                // An ascending pair ("4-5 Koreans") reads as a range; a descending one ("a 5-4 ruling") as a score or vote.
                bool ascending = ParseGrouped(after) is { } upper && upper > value;
                return (form | NumberForm.Pair | (ascending ? NumberForm.Range : NumberForm.None), value);
            }
            if (after.Length > 0 && char.IsAsciiDigit(after[0])) return (form | NumberForm.Alphanumeric, value); // 11-1/2, 3-D
            return (form | NumberForm.Compound, value); // 45-year-old, 10-day, 3-1?
        }
        if (rest[0] is '/' or ':') return (form | NumberForm.Alphanumeric, value); // 9/11, 24/7, 14:30, 1/8
        if (rest.Length <= 8)
        {
            Span<char> lower = stackalloc char[rest.Length];
            rest.ToLowerInvariant(lower);
            switch (lower)
            {
                case "st" or "nd" or "rd" or "th": return (form | NumberForm.Ordinal, value);
                case "s" or "'s" or "\u2019s": return (form | NumberForm.Alphanumeric, value); // 1990s, 2024's
                case "pct" or "%": return (form | NumberForm.Percent, value);
                case "bn" or "bln" or "billion": return (form | NumberForm.Scaled, value * 1e9);
                case "mln" or "mn" or "million": return (form | NumberForm.Scaled, value * 1e6);
                case "tn" or "trillion": return (form | NumberForm.Scaled, value * 1e12);
                case "m" or "k": return (form | NumberForm.Alphanumeric, value); // 400m race; "$400m" is re-read as money by the caller context
            }
        }
        return (form | NumberForm.Alphanumeric, value);
    }

    /// <summary>Digits with thousands commas and an optional decimal point, read without allocating.</summary>
    private static double? ParseGrouped(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 64) return null;
        Span<char> plain = stackalloc char[digits.Length];
        int n = 0;
        foreach (var c in digits) if (c != ',') plain[n++] = c;
        return double.TryParse(plain[..n], System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static bool TryWords(ProseDocument doc, int i, int end, out NumberForm form, out double? value, out int valueEnd)
    {
        var t = doc.Tokens;
        var w = doc.TokenText(i);
        form = NumberForm.None; value = null; valueEnd = i + 1;
        // Hyphenated words ("twenty-five", "two-thirds") are read below; any other word must be in the vocabulary.
        if (w.IndexOf('-') < 0 && !NumberWords.AnyStartLookup.Contains(w)) return false;
        var vague = NumberWords.VagueLookup;
        var fractions = NumberWords.FractionLookup;
        if (vague.TryGetValue(w, out var vv))
        {
            // "tens of thousands", "hundreds of thousands", "dozens of", "scores of"
            if ((w.Equals("tens", StringComparison.OrdinalIgnoreCase) || w.Equals("scores", StringComparison.OrdinalIgnoreCase)) && !(i + 1 < end && doc.TokenIs(i + 1, "of"))) return false;
            if (w.Equals("tens", StringComparison.OrdinalIgnoreCase) && !(i + 2 < end && vague.ContainsKey(doc.TokenText(i + 2)))) return false;
            form = NumberForm.Vague | NumberForm.Words;
            value = vv;
            if (i + 2 < end && doc.TokenIs(i + 1, "of") && vague.TryGetValue(doc.TokenText(i + 2), out var v2)
                && !doc.TokenIs(i + 2, "tens") && !doc.TokenIs(i + 2, "dozens"))
            {
                value = vv * v2 / 2;
                valueEnd = i + 3;
            }
            return true;
        }
        if (fractions.TryGetValue(w, out var fv))
        {
            // "a third of", "half of", "two-thirds of" — only with "of" after or a number word before (handled by units)
            bool of = i + 1 < end && doc.TokenIs(i + 1, "of");
            bool hyphenFraction = w.Contains('-');
            if (!of && !hyphenFraction) return false;
            if (w.Equals("double", StringComparison.OrdinalIgnoreCase) || w.Equals("triple", StringComparison.OrdinalIgnoreCase) || w.EndsWith("fold", StringComparison.OrdinalIgnoreCase)) return false;
            form = NumberForm.Fraction | NumberForm.Words;
            value = fv;
            return true;
        }
        if (!NumberWords.IsNumberWord(w, out var first)) return false;
        if (w.Length <= 2) return false; // "m", "k" alone are not numbers
        // Read a run of number words: "two hundred fifty thousand", "one million", "twenty-five"
        int k = i + 1;
        while (k < end && t[k].Kind == SyntaxKind.Word && (NumberWords.IsNumberWord(doc.TokenText(k), out _) || (doc.TokenIs(k, "and") && k + 1 < end && NumberWords.IsNumberWord(doc.TokenText(k + 1), out _) && !doc.TokenIs(k + 1, "one"))))
        {
            if (doc.TokenIs(k, "one") || (NumberWords.UnitLookup.ContainsKey(doc.TokenText(k)) && NumberWords.UnitLookup.ContainsKey(doc.TokenText(k - 1)))) break;
            k++;
        }
        valueEnd = k;
        form = NumberForm.Words;
        // One word is read from the tables ("million", "twenty-five"); Humanizer reads phrases ("two hundred fifty thousand").
        value = k == i + 1 ? first : ReadWords(string.Join(' ', Enumerable.Range(i, k - i).Select(doc.TokenString)).ToLowerInvariant()) ?? first;
        // "one in five", "8 in 10": a ratio
        if (valueEnd + 1 < end && doc.TokenIs(valueEnd, "in") && (t[valueEnd + 1].Kind == SyntaxKind.NumberToken || NumberWords.IsNumberWord(doc.TokenText(valueEnd + 1), out _)))
        {
            form |= NumberForm.Fraction;
            valueEnd += 2;
        }
        return true;
    }

    /// <summary>Words to number through Humanizer; null when Humanizer cannot read the phrase.</summary>
    internal static double? ReadWords(string phrase)
    {
        if (phrase.Contains("dozen")) return null;
        try { return phrase.TryToNumber(out int value, EnglishNumberCulture.Instance) ? value : null; }
        catch (Exception) { return null; } // e.g. overflow past int on "five trillion"
    }
}
