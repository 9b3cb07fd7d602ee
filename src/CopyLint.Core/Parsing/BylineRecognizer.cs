using System.Text.RegularExpressions;
using CopyLint.Core.Syntax;

namespace CopyLint.Core.Parsing;

/// <summary>
/// Recognises byline, name/role, credit and trailer lines, and datelines. Works on one short line at a time
/// (only the first and last lines of a document are asked), so the patterns here never see long input.
/// </summary>
public static partial class BylineRecognizer
{
    private static readonly HashSet<string> Wires = new(StringComparer.OrdinalIgnoreCase)
    {
        "AP", "Associated Press", "The Associated Press", "Reuters", "AFP", "Agence France-Presse", "Bloomberg", "Yonhap",
        "Xinhua", "Kyodo", "UPI", "United Press International", "dpa", "EFE", "ANSA", "PTI", "IANS", "Bernama", "CNA", "AAP", "Tass",
        "Bloomberg News", "Dow Jones", "CNN", "BBC", "NPR", "KCNA", "Yonhap News Agency",
    };

    private static readonly string[] Roles =
    [
        "staff reporter", "staff writer", "senior writer", "correspondent", "reporter", "editor", "contributor", "columnist",
        "writer", "special to", "staff", "contributing writer", "news reporter", "senior reporter", "political correspondent",
        "foreign correspondent", "bureau chief", "deputy editor", "associate editor", "news editor", "intern",
    ];

    private static readonly HashSet<string> NotNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "this", "that", "then", "now", "far", "contrast", "comparison", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "noon", "midnight",
        "law", "nature", "default", "design", "definition", "chance", "way", "all", "means", "no", "numbers", "late", "early", "end",
        "mid", "next", "last", "tomorrow", "tonight", "today", "most", "some", "many", "then", "itself", "himself", "herself",
        "themselves", "train", "car", "air", "sea", "phone", "email", "mail", "hand", "night", "day", "dawn", "dusk", "evening", "morning",
    };

    [GeneratedRegex(@"[\[(<]\s*[^\[\]()<>]*@[^\[\]()<>]*\s*[\])>]\s*$")]
    private static partial Regex TrailingEmail();

    [GeneratedRegex(@"^[A-Z][A-Z .'\-]{1,40}(?:,\s*[A-Za-z. ]{2,30})?(?:,\s*[A-Z][a-z]{2,4}\.?\s*\d{1,2})?\s*\(([A-Za-z .\-]{2,30})\)\s*(?:\u2014|\u2013|--|-|:)", RegexOptions.CultureInvariant)]
    private static partial Regex DatelineWithCredit();

    [GeneratedRegex(@"^[A-Z][A-Z .'\-]{1,40}(?:,\s*[A-Z][A-Za-z. ]{1,30}(?<=[A-Za-z.])(?:\s\d{1,2})?){0,2}\s*(?:\u2014|\u2013|--|-)\s", RegexOptions.CultureInvariant)]
    private static partial Regex PlainDateline();

    /// <summary>Classify one line of text (a whole paragraph of one line).</summary>
    public static BylineKind Classify(string line)
    {
        var s = line.Trim();
        if (s.Length == 0 || s.Length > 160) return BylineKind.None;
        s = s.TrimStart(LeadingMarks).TrimEnd();
        if (s.Length == 0) return BylineKind.None;

        if (IsCredit(s)) return BylineKind.WireCredit;
        if (IsTrailer(s)) return BylineKind.ReportingTrailer;
        // Nearly every line asked is a sentence of body copy: more than 14 words and no e-mail to strip (the only step
        // below that could shorten it) decide it before anything is split or matched.
        if (!s.Contains('@') && CountWords(s, stopAfter: 15) > 14) return BylineKind.None;

        bool hadEmail = false;
        var m = TrailingEmail().Match(s);
        if (m.Success) { s = s[..m.Index].TrimEnd(' ', ',', ';', '|'); hadEmail = true; }
        if (s.Length == 0) return BylineKind.None;

        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 14) return BylineKind.None;
        // "2/26/2015 7:11 AM PST BY TMZ STAFF", "March 25, 2015 By Nathan Willis": a timestamp, then the byline
        if (!words[0].Equals("by", StringComparison.OrdinalIgnoreCase))
        {
            int by = Array.FindIndex(words, 1, w => w.Equals("by", StringComparison.OrdinalIgnoreCase));
            if (by > 0 && by < words.Length - 1 && words.Take(by).All(IsTimestampWord))
                return Classify(string.Join(' ', words.Skip(by)));
        }
        if (words[0].Equals("by", StringComparison.OrdinalIgnoreCase) && words.Length >= 2)
        {
            var rest = s[(s.IndexOf(' ') + 1)..];
            // "By Colin Brinsden, Reuters." — a trailing period after a wire name is not sentence punctuation
            int lastComma = rest.LastIndexOf(',');
            string? wireTail = lastComma > 0 && Wires.Contains(rest[(lastComma + 1)..].Trim().TrimEnd('.')) ? rest[(lastComma + 1)..].Trim().TrimEnd('.') : null;
            if (wireTail is null && EndsLikeSentence(s)) return BylineKind.None;
            if (char.IsDigit(words[1][0])) return BylineKind.None;
            if (wireTail is not null)
            {
                // "By keith grant, Reuters": the wire tail vouches for a name in any case
                var names = rest[..lastComma].Split(' ', StringSplitOptions.RemoveEmptyEntries);
                return names.Length is >= 1 and <= 8 && names.All(n => n.Any(char.IsLetter)) ? BylineKind.Personal : BylineKind.None;
            }
            // "By The Atlantic" (an outlet in title case) — but not "BY THE NUMBERS" or "By the time …"
            if (words[1] == "The" && words.Length is >= 3 and <= 5 && words.Skip(2).All(w => w.Length > 0 && char.IsUpper(w[0]) && w.Any(char.IsLower)))
                return BylineKind.Personal;
            if (NotNames.Contains(words[1].Trim(',', '.', ':'))) return BylineKind.None;
            return IsNameList(rest, allowRoleTail: true) ? BylineKind.Personal : BylineKind.None;
        }
        // "Jane Doe, Reuters" / "Lee Hyo-jin, Staff Reporter" / "NAME Staff Reporter [email]" / "Kim Arin (email)"
        if (EndsLikeSentence(s)) return BylineKind.None;
        int comma = s.LastIndexOf(',');
        if (comma > 0)
        {
            var head = s[..comma].Trim();
            var tail = s[(comma + 1)..].Trim();
            if (IsName(head) && (IsRole(tail) || Wires.Contains(tail))) return Wires.Contains(tail) ? BylineKind.Personal : BylineKind.NameAndRole;
        }
        foreach (var role in Roles)
        {
            if (s.EndsWith(role, StringComparison.OrdinalIgnoreCase) && s.Length > role.Length + 2)
            {
                var head = s[..^role.Length].Trim(' ', ',', '|', '-');
                if (IsName(head)) return BylineKind.NameAndRole;
            }
        }
        if (hadEmail && IsName(s)) return BylineKind.NameAndRole;
        return BylineKind.None;
    }

    private static bool IsTimestampWord(string w)
    {
        var t = w.Trim(',', '.', '|', '-', '\u2014', '\u2013', '\u00B7');
        if (t.Length == 0) return true;
        if (t.All(c => char.IsDigit(c) || c is '/' or ':' or '-' or '.')) return true;
        return t.ToLowerInvariant() is "am" or "pm" or "a.m" or "p.m" or "et" or "est" or "edt" or "pst" or "pdt" or "cst" or "cdt" or "gmt" or "utc" or "bst"
            or "updated" or "published" or "posted" or "at" or "on"
            || NotNames.Contains(t) && (t.Length >= 3 && char.IsUpper(t[0]) || t.Length == 3);
    }

    /// <summary>A role line standing alone under a name line ("Staff Reporter").</summary>
    public static bool IsRoleLine(string line) => IsRole(line.Trim().TrimEnd('.'));

    /// <summary>A short line that is just a personal name ("Lee Hyo-jin").</summary>
    public static bool IsNameLine(string line) => IsName(line.Trim());

    public static bool IsWire(string name) => Wires.Contains(name.Trim());

    /// <summary>
    /// Both dateline patterns open with a capital letter followed by a capital, space, period, apostrophe or hyphen: most
    /// paragraphs ("The …") are decided here, before any string or regex match is made.
    /// </summary>
    internal static bool MayStartWithDateline(ReadOnlySpan<char> paragraphStart) =>
        paragraphStart.Length >= 2 && paragraphStart[0] is >= 'A' and <= 'Z' && paragraphStart[1] is (>= 'A' and <= 'Z') or ' ' or '.' or '\'' or '-';

    /// <summary>"SEOUL, Dec. 17 (Yonhap) --" → (length of the dateline, credit); plain "SEOUL --" → (length, null).</summary>
    public static (int Length, string? Credit) MatchDateline(string paragraphStart)
    {
        if (!MayStartWithDateline(paragraphStart)) return (0, null);
        var s = paragraphStart.Length > 120 ? paragraphStart[..120] : paragraphStart;
        var m = DatelineWithCredit().Match(s);
        if (m.Success)
        {
            var credit = m.Groups[1].Value.Trim();
            return (m.Length, Wires.Contains(credit) ? credit : null);
        }
        m = PlainDateline().Match(s);
        if (m.Success) return (m.Length, null);
        return (0, null);
    }

    private static bool EndsLikeSentence(string s)
    {
        char last = s[^1];
        if (last is '!' or '?') return true;
        if (last != '.') return false;
        var lastWord = s[(s.LastIndexOf(' ') + 1)..];
        return !(lastWord.Length <= 3 && char.IsUpper(lastWord[0])); // "Jr." "J." allowed
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WireLookup = Wires.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] CreditLines =
    [
        "from staff reports", "from wire reports", "staff report", "staff reports", "staff and wire reports",
        "from staff and wire reports", "wire reports", "from news services", "news services", "from wire services",
        "staff and agencies", "agencies", "from our correspondent", "our foreign staff", "staff", "by staff",
    ];

    private static readonly string[] TrailerOpenings =
    [
        "reporting by ", "additional reporting by ", "writing by ", "(reporting by ", "[reporting by ", "compiled by ",
        "contributing:", "contributors:", "(additional reporting by ",
    ];

    // Case-insensitive comparisons on spans: these run on every candidate line, so they allocate nothing.
    /// <summary>
    /// A line of body copy, decided on the line's text without a string: not empty, at most 160 characters, no credit or
    /// trailer, no e-mail, and more than 14 words. <see cref="Classify"/> calls such a line none, and it has too many words
    /// for <see cref="IsNameLine"/>; nearly every line the byline search reads is one.
    /// </summary>
    internal static bool IsBodyCopyLine(ReadOnlySpan<char> line)
    {
        var s = line.Trim();
        if (s.Length == 0 || s.Length > 160) return false;
        s = s.TrimStart(LeadingMarks).TrimEnd();
        return s.Length > 0 && !IsCredit(s) && !IsTrailer(s) && !s.Contains('@') && CountWords(s, stopAfter: 15) > 14;
    }

    // What Classify trims from the start of a line: dashes, bullets, asterisks and spaces.
    private static readonly char[] LeadingMarks = ['\u2014', '\u2013', '-', '\u2022', '*', ' '];

    private static bool IsCredit(ReadOnlySpan<char> s)
    {
        var t = s.TrimEnd(". ");
        if (WireLookup.Contains(t)) return true;
        foreach (var line in CreditLines) if (t.Equals(line, StringComparison.OrdinalIgnoreCase)) return true;
        if (StartsWith(t, "compiled from ") && t.EndsWith("reports", StringComparison.OrdinalIgnoreCase)) return true;
        if ((StartsWith(t, "compiled by ") || StartsWith(t, "written by ")) && t.Length < 60) return true;
        if (StartsWith(t, "with ") && t.EndsWith(" reporting", StringComparison.OrdinalIgnoreCase) && t.Length < 80) return false;
        if (StartsWith(t, "the associated press contributed") || StartsWith(t, "reuters contributed")) return true;
        return false;
    }

    private static bool IsTrailer(ReadOnlySpan<char> s)
    {
        foreach (var opening in TrailerOpenings) if (StartsWith(s, opening)) return s.Length < 200;
        return false;
    }

    private static bool StartsWith(ReadOnlySpan<char> s, string prefix) => s.StartsWith(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Words separated by spaces (as <c>Split(' ', RemoveEmptyEntries)</c> counts them), counting no further than <paramref name="stopAfter"/>.</summary>
    private static int CountWords(ReadOnlySpan<char> s, int stopAfter)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in s)
        {
            if (c == ' ') { inWord = false; continue; }
            if (inWord) continue;
            inWord = true;
            if (++words >= stopAfter) break;
        }
        return words;
    }

    private static bool IsRole(string s)
    {
        var t = s.AsSpan().Trim().TrimEnd('.');
        foreach (var role in Roles)
            if (t.StartsWith(role, StringComparison.OrdinalIgnoreCase)
                && (t.Length == role.Length || t[role.Length] == ' ' && t.Length < 60)) return true;
        // "Tokyo correspondent", "Senior Political Writer": one to four words, the last a newsroom title
        int words = 0;
        for (int i = 0; i < t.Length; i++) if (t[i] != ' ' && (i == 0 || t[i - 1] == ' ')) words++;
        if (words is < 1 or > 4) return false;
        var last = t[(t.LastIndexOf(' ') + 1)..];
        foreach (var title in RoleTitles)
            if (last.Equals(title, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly string[] RoleTitles = ["correspondent", "reporter", "writer", "editor", "columnist", "contributor"];

    private static bool IsNameList(string rest, bool allowRoleTail)
    {
        var parts = rest.Replace(" and ", ",", StringComparison.OrdinalIgnoreCase).Replace(" AND ", ",").Replace("&", ",").Replace(" | ", ",")
            .Replace(" / ", ",").Replace(" \u2014 ", ",").Replace(" \u2013 ", ",").Replace(" - ", ",").Replace(";", ",")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 0 || parts.Length > 7) return false;
        for (int i = 0; i < parts.Length; i++)
        {
            if (IsName(parts[i])) continue;
            if (allowRoleTail && i == parts.Length - 1 && i > 0 && (IsRole(parts[i]) || Wires.Contains(parts[i]) || IsOutlet(parts[i]))) continue;
            return false;
        }
        return true;
    }

    private static bool IsOutlet(string s)
    {
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 1 and <= 6 && words.All(w => char.IsUpper(w[0]) || w is "of" or "the" or "for" or "and");
    }

    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase) { "de", "van", "von", "bin", "al", "da", "der", "den", "la", "le", "du", "del", "di", "y", "ibn", "st." };

    /// <summary>d'AFFLISIO, l'Amour, d’Arcy: a lowercase elided particle before a capitalised name.</summary>
    private static bool IsElidedParticle(string w) =>
        w.Length > 3 && w[0] is 'd' or 'l' && (w[1] == '\'' || w[1] == '\u2019') && char.IsUpper(w[2]);

    /// <summary>1–4 tokens, each Capitalised or ALL-CAPS (hyphens, apostrophes, periods allowed), particles allowed.</summary>
    internal static bool IsName(string s)
    {
        if (CountWords(s, stopAfter: 6) > 5) return false;
        var words = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 1 or > 5) return false;
        int real = 0;
        foreach (var raw in words)
        {
            var w = raw.Trim('(', ')');
            if (w.Length == 0) return false;
            if (Particles.Contains(w) || w.StartsWith("al-", StringComparison.OrdinalIgnoreCase)) continue;
            if (!char.IsUpper(w[0]) && !IsElidedParticle(w)) return false;
            foreach (var c in w) if (!(char.IsLetter(c) || c is '-' or '\'' or '\u2019' or '.')) return false;
            if (real == 0 && NotNames.Contains(w.TrimEnd('.'))) return false;
            real++;
        }
        return real >= 1 && (real >= 2 || words.Length == 1 && words[0].Length > 2);
    }
}
