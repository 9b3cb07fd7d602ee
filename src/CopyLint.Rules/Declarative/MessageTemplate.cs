using System.Text;

namespace CopyLint.Rules.Declarative;

/// <summary>
/// A desk's message template with named holes ({match}, {sentence}, {replacement}) turned into a composite format
/// string ({0}, {1}, {2}); other braces are escaped, so a template can never make string.Format throw.
/// </summary>
internal static class MessageTemplate
{
    public static readonly string[] Placeholders = ["match", "sentence", "replacement"];

    public static string ToCompositeFormat(string template)
    {
        var sb = new StringBuilder(template.Length + 8);
        for (int i = 0; i < template.Length; i++)
        {
            char c = template[i];
            if (c == '{')
            {
                int close = template.IndexOf('}', i + 1);
                if (close > i)
                {
                    int index = Array.IndexOf(Placeholders, template[(i + 1)..close]);
                    if (index >= 0) { sb.Append('{').Append(index).Append('}'); i = close; continue; }
                }
                sb.Append("{{");
            }
            else if (c == '}') sb.Append("}}");
            else sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>Names in braces that are not known placeholders (reported as configuration errors).</summary>
    public static IEnumerable<string> UnknownPlaceholders(string template)
    {
        for (int i = template.IndexOf('{'); i >= 0; i = template.IndexOf('{', i + 1))
        {
            int close = template.IndexOf('}', i + 1);
            if (close < 0) yield break;
            var name = template[(i + 1)..close];
            if (name.Length > 0 && name.All(char.IsLetter) && Array.IndexOf(Placeholders, name) < 0) yield return name;
        }
    }
}
