using System.Text;

namespace CopyLint.LanguageServer.Bench;

/// <summary>Deterministic synthetic news copy of a given length, with attributed and unattributed figures.</summary>
internal static class Drafts
{
    private static readonly string[] Sentences =
    [
        "About {0} people were evacuated from the valley on Tuesday.",
        "The council approved a budget of ${0} million for road repairs, the mayor said.",
        "Officials said the bridge would reopen in the spring after inspections.",
        "Unemployment in the district rose to {0}% in March.",
        "Residents gathered outside the town hall to ask about the closures.",
        "The company reported that {0} workers had joined the strike.",
        "Police said the road would stay closed overnight while crews cleared debris.",
        "Nearly {0} households lost power during the storm.",
    ];

    public static string Make(int words, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder("# Storm damage across the valley\n\nBy Staff Reporter\n\n");
        int count = 0, inParagraph = 0;
        while (count < words)
        {
            var s = string.Format(System.Globalization.CultureInfo.InvariantCulture, Sentences[random.Next(Sentences.Length)], random.Next(2, 900));
            sb.Append(s);
            count += s.Split(' ').Length;
            if (++inParagraph == 4) { sb.Append("\n\n"); inParagraph = 0; }
            else sb.Append(' ');
        }
        return sb.Append('\n').ToString();
    }
}
